using CollabBot.Cards.Model;

namespace CollabBot.Dialogs.Conversation;

/// <summary>One incoming message or card action and the replies the features give to it.</summary>
public sealed class Turn
{
    /// <summary>Longer messages are refused politely: nothing a member types to the bot is that long.</summary>
    public const int MaxTextLength = 4000;

    private readonly List<Reply> replies = [];

    public required Member Sender { get; init; }

    public required ConversationKind Conversation { get; init; }

    public required ConversationData State { get; init; }

    /// <summary>The message text, mentions of the bot removed and trimmed; empty for a card action.</summary>
    public string Text { get; init; } = "";

    public CardSubmit? Submit { get; init; }

    /// <summary>The message whose card button was pressed, when Teams says; null for typed text.</summary>
    public string? PressedMessageId { get; init; }

    /// <summary>The team channel the turn came from; null in a personal or group chat.</summary>
    public TeamChannel? Channel { get; init; }

    public IReadOnlyList<Reply> Replies => replies;

    public void Say(string text) => replies.Add(new TextReply(text));

    public void Show(AdaptiveCard card) => replies.Add(new CardReply(card));

    public void Replace(AdaptiveCard card) => replies.Add(new CardUpdate(card));

    /// <summary>Adds a reply made by the caller (e.g. a card that tracks a broadcast's progress).</summary>
    public void Add(Reply reply) => replies.Add(reply);
}
