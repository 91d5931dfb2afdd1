using CollabBot.Cards.Model;

namespace CollabBot.Dialogs.Conversation;

public abstract record Reply
{
    /// <summary>
    /// The broadcast whose progress this card shows: once sent, the card is updated in place while it goes out.
    /// </summary>
    public string? Tracks { get; init; }
}

public sealed record TextReply(string Text) : Reply;

public sealed record CardReply(AdaptiveCard Card) : Reply;

/// <summary>Replaces the card whose button started this turn, in place.</summary>
public sealed record CardUpdate(AdaptiveCard Card) : Reply;
