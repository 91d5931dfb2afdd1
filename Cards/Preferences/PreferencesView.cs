namespace CollabBot.Cards.Preferences;

/// <param name="Topic">The kind of message, as its toggle's id names it ("Newsletters").</param>
public sealed record TopicChoice(string Topic, string Title, bool Wanted);

/// <param name="Topics">The kinds of message the member may decline, each with whether they want it.</param>
/// <param name="Language">The current choice: a language code, or <see cref="PreferencesCard.AutomaticLanguage"/>.</param>
/// <param name="Languages">The languages offered (code, name), "my Teams language" first.</param>
public sealed record PreferencesView(IReadOnlyList<TopicChoice> Topics, string Language, IReadOnlyList<(string Code, string Name)> Languages);

/// <summary>The preferences card's fixed texts, in the member's language.</summary>
public sealed record PreferencesLabels
{
    public required string Heading { get; init; }
    public required string Messages { get; init; }
    public required string AlwaysSent { get; init; }
    public required string Language { get; init; }
    public required string Save { get; init; }
}
