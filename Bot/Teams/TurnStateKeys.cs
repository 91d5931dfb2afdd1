namespace CollabBot.Bot.Teams;

/// <summary>What the middleware leaves in a turn's state for the activity handler.</summary>
internal static class TurnStateKeys
{
    public const string Sender = "collab.sender";
    public const string Conversation = "collab.conversation";
}
