namespace CollabBot.Dialogs.Conversation;

/// <summary>Marks Conversation/ConversationTexts.resx: what the engine and the host say whatever the feature.</summary>
public sealed class ConversationTexts;
