namespace CollabBot.Dialogs.Notifications;

public enum SendOutcome
{
    Sent,
    /// <summary>Teams kept refusing with 429 after the retries allowed.</summary>
    Throttled,
    /// <summary>The member uninstalled the app, left, or never gave us an address.</summary>
    RecipientGone,
    Failed,
}
