using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Notifications;

/// <summary>
/// The one way the bot speaks first: pings, reminders, invitations, follower news. Fan-out to many members
/// goes through here as well, so throttling, retries and delivery records live in one place.
/// </summary>
public interface INotifier
{
    /// <summary>Sends a message or card to a member's own chat with the bot.</summary>
    Task<SendOutcome> NotifyAsync(MemberId recipient, Reply message, CancellationToken cancellationToken);
}
