using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Notifications;

/// <summary>
/// One message to one member's own chat with the bot (a decision, a link they asked for), sent urgently through
/// the delivery engine: recorded when asked for, delivered once, retried when Teams is busy.
/// </summary>
public interface INotifier
{
    Task NotifyAsync(MemberId recipient, Reply message, CancellationToken cancellationToken);
}
