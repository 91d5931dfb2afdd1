using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Nominations;

/// <summary>
/// What staff typed after "nominations" or "experts", read as kinds, statuses, areas of expertise and languages: a
/// nomination matches when it has one of each named (e.g. "chemistry searching who speak French").
/// </summary>
public sealed record NominationFilter(IReadOnlySet<NominationKind> Kinds, IReadOnlySet<NominationStatus> Statuses, IReadOnlySet<string> Areas,
    IReadOnlySet<string> Languages)
{
    private static readonly (string Word, NominationKind Kind)[] KindWords =
        [("expert", NominationKind.Expert), ("trainer", NominationKind.Trainer), ("speaker", NominationKind.Speaker)];

    private static readonly (string Words, NominationStatus Status)[] StatusWords =
    [
        ("awaiting", NominationStatus.AwaitingConsent), ("consent", NominationStatus.AwaitingConsent), ("under review", NominationStatus.UnderReview),
        ("open", NominationStatus.UnderReview), ("accepted", NominationStatus.Accepted), ("declined", NominationStatus.Declined),
        ("on hold", NominationStatus.OnHold), ("withdrawn", NominationStatus.Withdrawn),
    ];

    /// <summary>Words that name each area of expertise (by its English name, as kept).</summary>
    private static readonly Dictionary<string, string[]> AreaWords = new(StringComparer.Ordinal)
    {
        ["Patent databases"] = ["database", "databases"],
        ["PATENTSCOPE"] = ["patentscope"],
        ["Patent classification"] = ["classification", "ipc", "cpc"],
        ["Chemistry searching"] = ["chemistry", "chemical"],
        ["Sequence searching"] = ["sequence", "sequences", "biotech"],
        ["Machine translation"] = ["translation", "translate"],
        ["Patent analytics"] = ["analytics", "landscape", "landscapes", "landscaping"],
        ["Legal status"] = ["legal"],
        ["Non-patent literature"] = ["npl", "literature", "non-patent"],
        ["Designs and trademarks"] = ["design", "designs", "trademark", "trademarks"],
    };

    private static readonly Dictionary<string, string[]> LanguageWords = new(StringComparer.Ordinal)
    {
        ["English"] = ["english", "anglais", "ingles", "englisch"],
        ["French"] = ["french", "francais", "frances", "franzosisch"],
        ["Spanish"] = ["spanish", "espagnol", "espanol", "spanisch"],
        ["German"] = ["german", "allemand", "aleman", "deutsch"],
        ["Arabic"] = ["arabic", "arabe", "arabisch"],
        ["Chinese"] = ["chinese", "chinois", "chino", "chinesisch"],
        ["Japanese"] = ["japanese", "japonais", "japones", "japanisch"],
        ["Korean"] = ["korean", "coreen", "coreano", "koreanisch"],
        ["Portuguese"] = ["portuguese", "portugais", "portugues", "portugiesisch"],
        ["Russian"] = ["russian", "russe", "ruso", "russisch"],
    };

    public static NominationFilter Parse(string text)
    {
        var normalized = $" {Phrase.Normalize(text)} ";
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('s')).ToHashSet(StringComparer.Ordinal);
        var allWords = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return new NominationFilter(
            KindWords.Where(k => words.Contains(k.Word)).Select(k => k.Kind).ToHashSet(),
            StatusWords.Where(s => normalized.Contains($" {s.Words} ", StringComparison.Ordinal)).Select(s => s.Status).ToHashSet(),
            AreaWords.Where(a => a.Value.Any(allWords.Contains)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal),
            LanguageWords.Where(l => l.Value.Any(allWords.Contains)).Select(l => l.Key).ToHashSet(StringComparer.Ordinal));
    }

    public bool Matches(Nomination n) =>
        (Kinds.Count == 0 || Kinds.Contains(n.Kind))
        && (Statuses.Count == 0 || Statuses.Contains(n.Status))
        && (Areas.Count == 0 || (n.Details?.Expertise.Any(Areas.Contains) ?? false))
        && (Languages.Count == 0 || (n.Details is { } d && Languages.Any(l => d.Languages.Contains(l, StringComparison.Ordinal))));
}
