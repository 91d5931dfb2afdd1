using System.Globalization;
using Azure;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Delivery;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Things due later. dueitems: partition "due", RowKey due time (ticks) + id, so what is due is one range read;
/// partition "id", RowKey the item's id, so scheduling the same id twice adds nothing. Claimed with an ETag and a
/// lease while it runs; deleted when done (the id row stays, marked done, so the same id is never run twice).
/// </summary>
public sealed class DueStore(CollabTables tables)
{
    public const string Table = "dueitems";
    private const string DuePartition = "due";
    private const string IdPartition = "id";
    private static readonly TimeSpan Running = TimeSpan.FromMinutes(2);

    private TableClient Items => tables[Table];

    /// <returns>False when an item with this id was already scheduled (it keeps its time).</returns>
    public async Task<bool> AddAsync(DueItem item, CancellationToken cancellationToken)
    {
        var id = TableKey.Encode(item.Id);
        var row = $"{item.At.UtcTicks:D19}|{id}";
        var added = true;
        try
        {
            await Items.AddEntityAsync(new TableEntity(IdPartition, id) { ["DueRow"] = row, ["Done"] = false }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var held = await Items.GetEntityAsync<TableEntity>(IdPartition, id, cancellationToken: cancellationToken);
            if (held.Value.GetBoolean("Done") == true)
            {
                return false;
            }
            (row, added) = (held.Value.GetString("DueRow") ?? row, false);
        }
        try
        {
            // Also when the id was there and not done: a crash between the two writes must not lose the item.
            await Items.AddEntityAsync(new TableEntity(DuePartition, row)
            {
                ["Id"] = item.Id,
                ["Kind"] = item.Kind,
                ["Payload"] = item.Payload,
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
        return added;
    }

    /// <summary>Claims up to <paramref name="take"/> items due by <paramref name="now"/> that no one is running.</summary>
    public async Task<IReadOnlyList<(DueItem Item, TableEntity Row)>> ClaimDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DuePartition} and RowKey lt {now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "}"}");
        var claimed = new List<(DueItem, TableEntity)>();
        await foreach (var row in Items.QueryAsync<TableEntity>(filter, maxPerPage: take, cancellationToken: cancellationToken))
        {
            if (row.GetDateTimeOffset("Until") is { } until && until > now)
            {
                continue;
            }
            try
            {
                var lease = new TableEntity(row.PartitionKey, row.RowKey) { ["Until"] = now + Running, ["Attempts"] = (row.GetInt32("Attempts") ?? 0) + 1 };
                var result = await Items.UpdateEntityAsync(lease, row.ETag, TableUpdateMode.Merge, cancellationToken);
                row.ETag = result.Headers.ETag ?? ETag.All;
                row["Attempts"] = lease["Attempts"];
                var at = new DateTimeOffset(long.Parse(row.RowKey.AsSpan(0, 19), CultureInfo.InvariantCulture), TimeSpan.Zero);
                claimed.Add((new DueItem(row.GetString("Id") ?? "", at, row.GetString("Kind") ?? "", row.GetString("Payload") ?? ""), row));
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // another instance claimed it
            }
            if (claimed.Count == take)
            {
                break;
            }
        }
        return claimed;
    }

    public async Task DoneAsync(TableEntity row, CancellationToken cancellationToken)
    {
        await Items.UpsertEntityAsync(new TableEntity(IdPartition, row.RowKey[20..]) { ["Done"] = true }, TableUpdateMode.Merge, cancellationToken);
        try
        {
            await Items.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}
