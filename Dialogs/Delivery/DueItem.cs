namespace CollabBot.Dialogs.Delivery;

/// <summary>
/// Something to do at <see cref="At"/> or later: start a broadcast (kind <see cref="DueItem.Broadcast"/>, the
/// payload a serialised <see cref="BroadcastRequest"/>) or run a feature's <see cref="IDueHandler"/>. The id is the
/// asker's own: scheduling the same id again moves nothing and adds nothing.
/// </summary>
public sealed record DueItem(string Id, DateTimeOffset At, string Kind, string Payload)
{
    public const string Broadcast = "broadcast";

    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>A broadcast to start at <paramref name="at"/>; the item's id is the broadcast's.</summary>
    public static DueItem ForBroadcast(DateTimeOffset at, BroadcastRequest request) =>
        new(request.Id, at, Broadcast, System.Text.Json.JsonSerializer.Serialize(request, Json));
}

/// <summary>A feature's action that comes due later (close a survey at its deadline).</summary>
public interface IDueHandler
{
    string Kind { get; }

    Task RunAsync(string payload, CancellationToken cancellationToken);
}
