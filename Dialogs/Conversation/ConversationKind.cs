namespace CollabBot.Dialogs.Conversation;

public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}
