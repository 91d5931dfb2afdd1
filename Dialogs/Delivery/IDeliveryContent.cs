using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Delivery;

/// <summary>Who a message is being built for; the engine builds it in their language (the current UI culture).</summary>
public sealed record DeliveryRecipient(MemberId Member, string Locale);

/// <summary>
/// Builds what one recipient of a broadcast gets, when it is sent: so it is in their language, and up to date (a
/// survey reminder is not sent to someone who has answered since). A feature registers one per kind of message.
/// </summary>
public interface IDeliveryContent
{
    string Kind { get; }

    /// <returns>The message, or null when this recipient should get nothing (recorded as skipped).</returns>
    Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken);
}
