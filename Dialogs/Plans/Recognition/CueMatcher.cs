namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>
/// Finds cue phrases (longest first at each position) among tokens not already taken by a product.
/// One-word plans and what's-new cues also match with a slip ("planed", "roadmpa", "upcomming": dropped, doubled or
/// swapped letters, not substituted ones, so "planting" is not "planning"), under the same length bounds as product names.
/// Follow/unfollow cues never do ("fellow" is not "follow"), nor does a word that is itself a cue or filler.
/// </summary>
internal sealed class CueMatcher
{
    private readonly Dictionary<string, List<(string[] Tokens, CueKind Kind, string Phrase)>> _byFirstToken =
        new(StringComparer.Ordinal);

    private readonly List<(string Word, CueKind Kind)> _correctable = [];
    private readonly HashSet<string> _doNotCorrect;

    public CueMatcher(IReadOnlyDictionary<CueKind, string[]> phrases, IEnumerable<string> filler)
    {
        foreach (var (kind, list) in phrases)
        {
            foreach (var phrase in list)
            {
                var tokens = TextNormalizer.Tokenize(phrase);
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (!_byFirstToken.TryGetValue(tokens[0], out var entries))
                {
                    _byFirstToken[tokens[0]] = entries = [];
                }

                entries.Add((tokens, kind, string.Join(' ', tokens)));
                if (tokens.Length == 1 && kind is (CueKind.PlansStrong or CueKind.WhatsNew) && FuzzyMatch.MaxEdits(tokens[0].Length) > 0)
                {
                    _correctable.Add((tokens[0], kind));
                }
            }
        }

        _doNotCorrect = new HashSet<string>(filler, StringComparer.Ordinal);
        _doNotCorrect.UnionWith(Words);

        foreach (var entries in _byFirstToken.Values)
        {
            entries.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    /// <summary>All words that occur in a cue phrase.</summary>
    public IEnumerable<string> Words => _byFirstToken.Values.SelectMany(e => e).SelectMany(e => e.Tokens);

    public List<CueMatch> Find(string[] tokens, bool[] taken)
    {
        var matches = new List<CueMatch>();
        var i = 0;
        while (i < tokens.Length)
        {
            if (!taken[i] && (Exact(tokens, taken, i) ?? Corrected(tokens[i], i)) is { } m)
            {
                matches.Add(m);
                i += m.Length;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    private CueMatch? Exact(string[] tokens, bool[] taken, int start) =>
        _byFirstToken.TryGetValue(tokens[start], out var entries) ? Match(entries, tokens, taken, start) : null;

    private CueMatch? Corrected(string token, int start)
    {
        if (_doNotCorrect.Contains(token))
        {
            return null;
        }

        foreach (var (word, kind) in _correctable)
        {
            if (word[0] == token[0] && FuzzyMatch.Distance(token, word, FuzzyMatch.MaxEdits(word.Length), substitutions: false) > 0)
            {
                return new CueMatch(kind, $"{word} (~'{token}')", start, 1);
            }
        }

        return null;
    }

    private static CueMatch? Match(
        List<(string[] Tokens, CueKind Kind, string Phrase)> entries, string[] tokens, bool[] taken, int start)
    {
        foreach (var (phraseTokens, kind, phrase) in entries)
        {
            if (start + phraseTokens.Length > tokens.Length)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < phraseTokens.Length && ok; k++)
            {
                ok = !taken[start + k] && tokens[start + k] == phraseTokens[k];
            }

            if (ok)
            {
                return new CueMatch(kind, phrase, start, phraseTokens.Length);
            }
        }

        return null;
    }
}
