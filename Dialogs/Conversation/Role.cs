namespace CollabBot.Dialogs.Conversation;

/// <summary>What a person may do. Ordered: staff may do everything a member may.</summary>
public enum Role
{
    Member = 0,
    Staff = 1,
}
