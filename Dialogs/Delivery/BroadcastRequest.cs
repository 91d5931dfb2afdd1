namespace CollabBot.Dialogs.Delivery;

public enum DeliveryPriority
{
    /// <summary>One person waits for it (a ping, a reply, a decision): sent before any bulk work.</summary>
    Urgent,
    /// <summary>Many recipients (invitations, news, newsletters): paced under Teams' limits.</summary>
    Bulk,
}

/// <summary>
/// A message to an audience, asked for in the turn that causes it. <see cref="Id"/> is the asker's own, made from
/// what causes the message (e.g. "survey-invite:{survey}"), so asking twice sends once. What each recipient gets
/// is built when it is sent, by the <see cref="IDeliveryContent"/> named <see cref="Content"/>, from <see cref="Payload"/>.
/// </summary>
/// <param name="Label">What staff see on the progress card ("Invitations to \"User feedback\"").</param>
public sealed record BroadcastRequest(string Id, Audience Audience, string Content, string Payload, DeliveryPriority Priority, string Label)
{
    /// <summary>
    /// Another broadcast whose message to each recipient this one replaces in place (a ticket card that changed, an
    /// edited newsletter), instead of sending a new one.
    /// </summary>
    public string? Updates { get; init; }
}
