using CollabBot.Cards.Model;

namespace CollabBot.Dialogs.Conversation;

public abstract record Reply;

public sealed record TextReply(string Text) : Reply;

public sealed record CardReply(AdaptiveCard Card) : Reply;

/// <summary>Replaces the card whose button started this turn, in place.</summary>
public sealed record CardUpdate(AdaptiveCard Card) : Reply;
