namespace CollabBot.Dialogs.Delivery;

/// <summary>
/// The one way the bot sends on its own: durable, paced under Teams' limits, once per recipient across crashes and
/// instances (docs/decisions/0010-delivery-engine.md).
/// </summary>
public interface IDeliveries
{
    /// <summary>Records a broadcast; it is fanned out and sent in the background.</summary>
    /// <returns>False when a broadcast with this id was already asked for (nothing more is done).</returns>
    Task<bool> BroadcastAsync(BroadcastRequest request, CancellationToken cancellationToken);

    /// <summary>Records something to do later (see <see cref="DueItem"/>).</summary>
    Task ScheduleAsync(DueItem item, CancellationToken cancellationToken);

    /// <summary>Where a broadcast stands, or null when there is none with this id.</summary>
    Task<BroadcastProgress?> ProgressAsync(string broadcastId, CancellationToken cancellationToken);

    /// <summary>
    /// The thread under the message a broadcast sent to a conversation (a ticket card in a channel), to reply in it; null
    /// until that message has gone out.
    /// </summary>
    Task<ConversationAddress?> ThreadAsync(string broadcastId, string key, CancellationToken cancellationToken);

    /// <summary>The id of the message a broadcast sent to a conversation; null until it has gone out.</summary>
    Task<string?> MessageIdAsync(string broadcastId, string key, CancellationToken cancellationToken);

    /// <summary>Stops what has not gone out yet.</summary>
    /// <returns>False when there is no such broadcast, or it is over.</returns>
    Task<bool> CancelAsync(string broadcastId, CancellationToken cancellationToken);
}

/// <summary>Counts of a broadcast's recipients by outcome.</summary>
/// <param name="Total">Recipients found so far (all of them once <paramref name="Complete"/> fan-out is done).</param>
/// <param name="InDoubt">Sent again after a crash between Teams accepting a message and its outcome being written.</param>
public sealed record BroadcastProgress(string Id, string Label, int Total, int Sent, int Skipped, int Failed, int Gone, int InDoubt,
    bool FannedOut, bool Cancelled)
{
    public int Done => Sent + Skipped + Failed + Gone;

    public int Pending => Math.Max(0, Total - Done);

    public bool Complete => Cancelled || (FannedOut && Pending == 0);
}
