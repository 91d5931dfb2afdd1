using CollabBot.Cards.Model;

namespace CollabBot.Dialogs.Conversation;

public abstract record Reply
{
    /// <summary>
    /// The broadcast whose progress this card shows: once sent, the card is updated in place while it goes out.
    /// </summary>
    public string? Tracks { get; init; }
}

public sealed record TextReply(string Text) : Reply
{
    /// <summary>People the text mentions (Teams highlights them and notifies them); the text holds "&lt;at&gt;Name&lt;/at&gt;".</summary>
    public IReadOnlyList<Mentioned> Mentions { get; init; } = [];
}

/// <param name="Id">Their Teams id (29:...) or Microsoft Entra object id.</param>
public sealed record Mentioned(string Id, string Name);

public sealed record CardReply(AdaptiveCard Card) : Reply;

/// <summary>Replaces the card whose button started this turn, in place.</summary>
public sealed record CardUpdate(AdaptiveCard Card) : Reply;
