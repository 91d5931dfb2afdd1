namespace CollabBot.Dialogs.Conversation;

/// <summary>What a card button sent: its verb and the card's data and input values, as strings.</summary>
public sealed record CardSubmit(string Verb, IReadOnlyDictionary<string, string> Values)
{
    public string? this[string key] => Values.TryGetValue(key, out var value) ? value : null;
}
