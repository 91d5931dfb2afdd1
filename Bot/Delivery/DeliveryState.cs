namespace CollabBot.Bot.Delivery;

/// <summary>Where one recipient's message of one broadcast stands.</summary>
public enum DeliveryState
{
    Pending,
    /// <summary>Claimed by a worker until its lease runs out.</summary>
    Sending,
    /// <summary>Throttled or a transient failure: tried again from <c>NextAt</c>.</summary>
    Retrying,
    Sent,
    /// <summary>The content had nothing for this recipient (e.g. they had already answered).</summary>
    Skipped,
    Gone,
    Failed,
}

public static class DeliveryStates
{
    public static bool IsFinal(this DeliveryState state) => state is DeliveryState.Sent or DeliveryState.Skipped or DeliveryState.Gone or DeliveryState.Failed;
}
