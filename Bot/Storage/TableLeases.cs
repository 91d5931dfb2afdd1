using Azure;
using Azure.Data.Tables;

namespace CollabBot.Bot.Storage;

/// <summary>A row held until <c>Until</c>; its ETag proves the holder still owns it.</summary>
public sealed record TableLease(string PartitionKey, string RowKey, ETag ETag);

/// <summary>
/// Leases on rows: the first insert wins; a lease whose time is up may be taken over (with the expired row's
/// ETag, so only one taker wins). Used to let one instance at a time do a piece of work, or answer one copy of an
/// activity.
/// </summary>
public static class TableLeases
{
    private const string Until = "Until";

    /// <returns>The lease, or null while someone else holds it.</returns>
    public static async Task<TableLease?> TryAcquireAsync(TableClient table, string partitionKey, string rowKey, DateTimeOffset now,
        TimeSpan duration, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(partitionKey, rowKey) { [Until] = now + duration };
        try
        {
            var added = await table.AddEntityAsync(entity, cancellationToken);
            return new TableLease(partitionKey, rowKey, added.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var held = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
            if (held.HasValue && held.Value is { } current && current.GetDateTimeOffset(Until) > now)
            {
                return null;
            }
            try
            {
                var taken = held.HasValue && held.Value is { } expired
                    ? await table.UpdateEntityAsync(entity, expired.ETag, TableUpdateMode.Replace, cancellationToken)
                    : await table.AddEntityAsync(entity, cancellationToken);
                return new TableLease(partitionKey, rowKey, taken.Headers.ETag ?? ETag.All);
            }
            catch (RequestFailedException again) when (again.Status is 409 or 412)
            {
                return null; // another taker was first
            }
        }
    }

    /// <summary>Holds the lease longer; null when it was taken over meanwhile (it had lapsed).</summary>
    public static async Task<TableLease?> RenewAsync(TableClient table, TableLease lease, DateTimeOffset now, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        try
        {
            var renewed = await table.UpdateEntityAsync(new TableEntity(lease.PartitionKey, lease.RowKey) { [Until] = now + duration }, lease.ETag,
                TableUpdateMode.Replace, cancellationToken);
            return lease with { ETag = renewed.Headers.ETag ?? ETag.All };
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>Gives the lease back; false when it was already taken over or gone.</summary>
    public static async Task<bool> ReleaseAsync(TableClient table, TableLease lease, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(lease.PartitionKey, lease.RowKey, lease.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }
}
