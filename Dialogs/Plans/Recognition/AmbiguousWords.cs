namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>
/// Single-word aliases that are also ordinary words ("translate this", "the green button", "Lex" as a first name,
/// "Madrid" the city). A catalogue alias made of just one of these words is a weak alias: it names the product only
/// when the message consists of nothing but product names and filler ("Lex", "pearl?"), or when the message carries an
/// intent cue (plans, what's new, follow, unfollow) and the word is not directly followed by another content word
/// ("what's planned for Lex" yes, "what's new in green tech" no). It is never fuzzy-matched. Multi-word aliases containing them ("WIPO Lex") are
/// unaffected. Words too ambiguous even with a cue ("case", German "das") should not be catalogue aliases at all.
/// </summary>
public static class AmbiguousWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "lex", "translate", "pearl", "inspire", "green", "case", "academy", "academie", "academia", "akademie",
        "sequence", "madrid", "monitor", "express", "das", "portal",
    };
}
