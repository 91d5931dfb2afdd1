using Azure.Data.Tables;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// A recipient's row, claimed for sending once, at the last moment (as the request is about to wait for its slot): the row with
/// the claim's ETag afterwards, so the outcome is written only if no other worker took it over meanwhile.
/// </summary>
public sealed class RowClaim(BroadcastStore store, TableEntity row, TimeSpan lease)
{
    private bool? held;

    public TableEntity Row { get; private set; } = row;

    /// <returns>False when another worker claimed the row first (then nothing may be sent).</returns>
    public async Task<bool> TakeAsync(CancellationToken cancellationToken)
    {
        if (held is { } known)
        {
            return known;
        }
        var claimed = await store.TryClaimAsync(Row, DateTimeOffset.UtcNow + lease, cancellationToken);
        Row = claimed ?? Row;
        held = claimed is not null;
        return held.Value;
    }
}
