using Azure;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Delivery;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// broadcasts: one partition per broadcast (PK its id): the header ("header"), one row per audience page read
/// ("page|{n}", its count), one row per recipient ("d|{tenant}/{member}": state, attempts, lease, the message id
/// Teams returned, the batch it belongs to), and one summary per batch ("b|{n}": its recipients by outcome, rewritten
/// whole each time the batch is worked on). Progress is the pages and the summaries: a few hundred rows for 10,000
/// recipients. Partition "~active" lists the broadcasts still running.
/// </summary>
public sealed class BroadcastStore(CollabTables tables)
{
    public const string Table = "broadcasts";
    public const string HeaderRow = "header";
    private const string ActivePartition = "~active";

    private TableClient Broadcasts => tables[Table];

    public static string PartitionOf(string broadcastId) => TableKey.Encode(broadcastId);

    private static string RecipientRow(string key) => "d|" + TableKey.Encode(key);

    private static string BatchRow(int batch) => $"b|{batch:D8}";

    private static string PageRow(int page) => $"page|{page:D6}";

    /// <returns>False when the broadcast was already asked for.</returns>
    public async Task<bool> TryCreateAsync(BroadcastHeader header, CancellationToken cancellationToken)
    {
        try
        {
            await Broadcasts.AddEntityAsync(header.ToEntity(PartitionOf(header.Id)), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        await Broadcasts.UpsertEntityAsync(new TableEntity(ActivePartition, TableKey.Encode(header.Id)) { ["Id"] = header.Id }, TableUpdateMode.Replace,
            cancellationToken);
        return true;
    }

    public async Task<BroadcastHeader?> FindAsync(string broadcastId, CancellationToken cancellationToken)
    {
        var read = await Broadcasts.GetEntityIfExistsAsync<TableEntity>(PartitionOf(broadcastId), HeaderRow, cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } entity ? BroadcastHeader.FromEntity(entity) : null;
    }

    /// <summary>Sets some of the header's fields, leaving the others as they are.</summary>
    public Task MergeHeaderAsync(string broadcastId, IDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(PartitionOf(broadcastId), HeaderRow);
        foreach (var (key, value) in fields)
        {
            entity[key] = value;
        }
        return Broadcasts.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ActiveAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var e in Broadcasts.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ActivePartition}"),
            cancellationToken: cancellationToken))
        {
            ids.Add(e.GetString("Id"));
        }
        return ids;
    }

    public async Task RemoveActiveAsync(string broadcastId, CancellationToken cancellationToken) =>
        await Broadcasts.DeleteEntityAsync(ActivePartition, TableKey.Encode(broadcastId), ETag.All, cancellationToken);

    public Task RecordPageAsync(string broadcastId, int page, int count, bool last, CancellationToken cancellationToken) =>
        Broadcasts.UpsertEntityAsync(new TableEntity(PartitionOf(broadcastId), PageRow(page)) { ["Count"] = count, ["Last"] = last },
            TableUpdateMode.Replace, cancellationToken);

    /// <summary>Adds a pending row per recipient; a recipient already there (a page read twice) keeps their row.</summary>
    public async Task AddRecipientsAsync(string broadcastId, int batch, IReadOnlyList<BatchRecipient> recipients, CancellationToken cancellationToken)
    {
        var partition = PartitionOf(broadcastId);
        var rows = recipients.Select(r => new TableEntity(partition, RecipientRow(r.Key))
        {
            ["TenantId"] = r.TenantId,
            ["ObjectId"] = r.ObjectId,
            ["State"] = nameof(DeliveryState.Pending),
            ["Batch"] = batch,
            ["Attempts"] = 0,
        }).ToList();
        try
        {
            await Broadcasts.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), cancellationToken);
        }
        catch (TableTransactionFailedException)
        {
            foreach (var row in rows)
            {
                try
                {
                    await Broadcasts.AddEntityAsync(row, cancellationToken);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                }
            }
        }
    }

    /// <summary>The rows of a batch's recipients, by recipient key.</summary>
    public async Task<Dictionary<string, TableEntity>> ReadRecipientsAsync(string broadcastId, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var partition = PartitionOf(broadcastId);
        var wanted = keys.Select(RecipientRow).ToHashSet(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {wanted.Min(StringComparer.Ordinal)} and RowKey le {wanted.Max(StringComparer.Ordinal)}");
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        if (wanted.Count <= 8)
        {
            foreach (var row in wanted)
            {
                var read = await Broadcasts.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
                if (read.HasValue && read.Value is { } one)
                {
                    rows[KeyOf(one)] = one;
                }
            }
            return rows;
        }
        await foreach (var e in Broadcasts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (wanted.Contains(e.RowKey))
            {
                rows[KeyOf(e)] = e;
            }
        }
        return rows;
    }

    /// <summary>
    /// Claims rows for sending (state "sending" until the lease runs out), all in one transaction when none changed
    /// since they were read; else one by one. Returns the rows claimed, with their new ETags.
    /// </summary>
    public async Task<List<TableEntity>> ClaimAsync(IReadOnlyList<TableEntity> rows, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var claims = rows.Select(r => new TableEntity(r.PartitionKey, r.RowKey) { ["State"] = nameof(DeliveryState.Sending), ["Until"] = until })
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        try
        {
            var results = await Broadcasts.SubmitTransactionAsync(
                rows.Select((r, i) => new TableTransactionAction(TableTransactionActionType.UpdateMerge, claims[i], r.ETag)), cancellationToken);
            return [.. rows.Select((r, i) => WithState(r, DeliveryState.Sending, until, results.Value[i].Headers.ETag ?? ETag.All))];
        }
        catch (TableTransactionFailedException)
        {
            var claimed = new List<TableEntity>();
            foreach (var row in rows)
            {
                if (await TryClaimAsync(row, until, cancellationToken) is { } mine)
                {
                    claimed.Add(mine);
                }
            }
            return claimed;
        }
    }

    /// <summary>Claims one row for sending, if it has not changed since it was read; null when another worker has it.</summary>
    public async Task<TableEntity?> TryClaimAsync(TableEntity row, DateTimeOffset until, CancellationToken cancellationToken)
    {
        try
        {
            var claim = new TableEntity(row.PartitionKey, row.RowKey) { ["State"] = nameof(DeliveryState.Sending), ["Until"] = until };
            var result = await Broadcasts.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Merge, cancellationToken);
            return WithState(row, DeliveryState.Sending, until, result.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null; // another worker has it
        }
    }

    /// <summary>Writes a recipient's outcome, if the row is still the one claimed.</summary>
    /// <returns>False when another worker took the row over meanwhile.</returns>
    public async Task<bool> RecordAsync(TableEntity claimed, DeliveryState state, int attempts, CancellationToken cancellationToken,
        string? messageId = null, string? error = null, DateTimeOffset? nextAt = null, bool inDoubt = false)
    {
        var entity = new TableEntity(claimed.PartitionKey, claimed.RowKey)
        {
            ["State"] = state.ToString(),
            ["Attempts"] = attempts,
            ["Until"] = null,
            ["NextAt"] = nextAt,
        };
        if (messageId is not null)
        {
            entity["MessageId"] = messageId;
        }
        if (error is not null)
        {
            entity["Error"] = error.Length > 500 ? error[..500] : error;
        }
        if (inDoubt)
        {
            entity["InDoubt"] = true;
        }
        try
        {
            await Broadcasts.UpdateEntityAsync(entity, claimed.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    public Task WriteSummaryAsync(string broadcastId, int batch, BatchCounts counts, CancellationToken cancellationToken) =>
        Broadcasts.UpsertEntityAsync(new TableEntity(PartitionOf(broadcastId), BatchRow(batch))
        {
            ["Sent"] = counts.Sent,
            ["Skipped"] = counts.Skipped,
            ["Failed"] = counts.Failed,
            ["Gone"] = counts.Gone,
            ["InDoubt"] = counts.InDoubt,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<BroadcastProgress?> ProgressAsync(string broadcastId, CancellationToken cancellationToken)
    {
        if (await FindAsync(broadcastId, cancellationToken) is not { } header)
        {
            return null;
        }
        var partition = PartitionOf(broadcastId);
        int total = 0, sent = 0, skipped = 0, failed = 0, gone = 0, inDoubt = 0;
        var fannedOut = false;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"b|"} and RowKey lt {"b}"}") +
            " or " + TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"page|"} and RowKey lt {"page}"}");
        await foreach (var e in Broadcasts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (e.RowKey.StartsWith("page|", StringComparison.Ordinal))
            {
                total += e.GetInt32("Count") ?? 0;
                fannedOut |= e.GetBoolean("Last") ?? false;
                continue;
            }
            sent += e.GetInt32("Sent") ?? 0;
            skipped += e.GetInt32("Skipped") ?? 0;
            failed += e.GetInt32("Failed") ?? 0;
            gone += e.GetInt32("Gone") ?? 0;
            inDoubt += e.GetInt32("InDoubt") ?? 0;
        }
        return new BroadcastProgress(broadcastId, header.Label, total, sent, skipped, failed, gone, inDoubt, fannedOut, header.Cancelled);
    }

    /// <summary>Every recipient's delivery row of a broadcast, a page at a time (for an export of outcomes).</summary>
    public IAsyncEnumerable<TableEntity> RecipientsAsync(string broadcastId, CancellationToken cancellationToken) =>
        Broadcasts.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {PartitionOf(broadcastId)} and RowKey ge {"d|"} and RowKey lt {"d}"}"), cancellationToken: cancellationToken);

    public static string KeyOf(TableEntity row) => $"{row.GetString("TenantId")}/{row.GetString("ObjectId")}";

    private static TableEntity WithState(TableEntity row, DeliveryState state, DateTimeOffset until, ETag etag)
    {
        var copy = new TableEntity(row) { ["State"] = state.ToString(), ["Until"] = until };
        copy.ETag = etag;
        return copy;
    }
}

/// <summary>A batch's recipients by outcome.</summary>
public sealed record BatchCounts(int Sent, int Skipped, int Failed, int Gone, int InDoubt);
