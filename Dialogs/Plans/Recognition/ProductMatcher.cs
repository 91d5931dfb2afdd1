namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>
/// Finds aliases in a token sequence. Spacing is ignored by comparing compact forms of token windows,
/// so "paten scope", "e pct" and "Markendatenbank" / "Marken datenbank" all match.
/// Fuzzy matching (see <see cref="FuzzyMatch.MaxEdits"/>) requires the same first letter, a window of
/// about the alias's token count, and that the window does not start or end with a cue or filler word,
/// so a typo never swallows the neighbouring "plans" or "news".
/// </summary>
internal sealed class ProductMatcher
{
    private readonly Dictionary<string, List<AliasEntry>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<AliasEntry>> _fuzzyByFirstChar = [];
    private readonly HashSet<string> _reservedWords;
    private readonly int _maxWindow;

    public ProductMatcher(IEnumerable<ProductName> products, HashSet<string> reservedWords)
    {
        _reservedWords = reservedWords;
        var maxTokens = 1;
        foreach (var product in products)
        {
            foreach (var alias in product.Aliases.Append(product.Name))
            {
                var tokens = TextNormalizer.Tokenize(alias);
                if (tokens.Length == 0)
                {
                    continue;
                }

                var compact = string.Concat(tokens);
                var entry = new AliasEntry(product.ProductId, alias, tokens, compact,
                    tokens.Length == 1 && AmbiguousWords.All.Contains(compact));
                if (!AddExact(entry))
                {
                    continue;
                }

                maxTokens = Math.Max(maxTokens, tokens.Length);
                if (!entry.IsAmbiguous && FuzzyMatch.MaxEdits(compact.Length) > 0)
                {
                    if (!_fuzzyByFirstChar.TryGetValue(compact[0], out var list))
                    {
                        _fuzzyByFirstChar[compact[0]] = list = [];
                    }

                    list.Add(entry);
                }
            }
        }

        _maxWindow = maxTokens + 1;
    }

    /// <summary>Greedy left-to-right: at each position take the most specific (longest) alias, then the closest.</summary>
    public List<ProductMention> Find(string[] tokens)
    {
        var mentions = new List<ProductMention>();
        var i = 0;
        while (i < tokens.Length)
        {
            var best = BestAt(tokens, i);
            if (best is { } m)
            {
                mentions.Add(m);
                i += m.Length;
            }
            else
            {
                i++;
            }
        }

        return mentions;
    }

    private bool AddExact(AliasEntry entry)
    {
        if (!_exact.TryGetValue(entry.Compact, out var list))
        {
            _exact[entry.Compact] = list = [];
        }

        // The same compact form for the same product (e.g. "ePCT" and "e-PCT") is redundant.
        if (list.Exists(e => e.ProductId == entry.ProductId))
        {
            return false;
        }

        list.Add(entry);
        return true;
    }

    private ProductMention? BestAt(string[] tokens, int start)
    {
        ProductMention? best = null;
        var compact = string.Empty;
        for (var length = 1; length <= _maxWindow && start + length <= tokens.Length; length++)
        {
            compact += tokens[start + length - 1];
            if (_exact.TryGetValue(compact, out var exact))
            {
                // Two products sharing an alias is a catalogue error; the first one wins deterministically.
                Consider(ref best, new ProductMention(exact[0], start, length, Join(tokens, start, length), 0));
            }

            if (!_fuzzyByFirstChar.TryGetValue(compact[0], out var candidates))
            {
                continue;
            }

            foreach (var alias in candidates)
            {
                if (Math.Abs(alias.Tokens.Length - length) > 1
                    || alias.Compact == compact
                    || Math.Abs(alias.Compact.Length - compact.Length) > 2
                    || HasForeignReservedEdge(alias, tokens, start, length))
                {
                    continue;
                }

                var distance = FuzzyMatch.Distance(compact, alias.Compact, FuzzyMatch.MaxEdits(alias.Compact.Length));
                if (distance > 0)
                {
                    Consider(ref best, new ProductMention(alias, start, length, Join(tokens, start, length), distance));
                }
            }
        }

        return best;
    }

    private static void Consider(ref ProductMention? best, ProductMention candidate)
    {
        if (best is not { } b
            || candidate.Alias.Compact.Length > b.Alias.Compact.Length
            || (candidate.Alias.Compact.Length == b.Alias.Compact.Length && candidate.Distance < b.Distance))
        {
            best = candidate;
        }
    }

    private bool HasForeignReservedEdge(AliasEntry alias, string[] tokens, int start, int length) =>
        IsForeignReserved(alias, tokens[start]) || IsForeignReserved(alias, tokens[start + length - 1]);

    private bool IsForeignReserved(AliasEntry alias, string token) =>
        _reservedWords.Contains(token) && Array.IndexOf(alias.Tokens, token) < 0;

    private static string Join(string[] tokens, int start, int length) => string.Join(' ', tokens, start, length);
}
