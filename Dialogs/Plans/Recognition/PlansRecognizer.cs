namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>
/// Deterministic recogniser for plans-related messages. Run it after explicit commands, on messages nothing else
/// matched. Rules, in order:
/// <list type="number">
/// <item>A problem cue (is down, bug, can't log in...) or an other-topic cue (survey, nominate, round table, training,
/// feedback...) → None.</item>
/// <item>Subscriptions cue → Subscriptions; unfollow cue, or follow cue with a negation → Unfollow; follow cue → Follow
/// (with the products named; with no product only when nothing else is said, so "I don't follow" is not a command).</item>
/// <item>Products named + a plans or what's-new cue → Plans. Products named with only filler around them → Plans
/// (bare product name). Products named among other words and no cue → None ("PATENTSCOPE is down").</item>
/// <item>No product: small talk → None; strong plans cue → Plans with no product (the caller lists the products);
/// what's-new cue with at most two other words → WhatsNew; anything else → None.</item>
/// </list>
/// Ambiguous one-word aliases are handled as described on <see cref="AmbiguousWords"/>.
/// </summary>
public sealed class PlansRecognizer
{
    private const int MaxOtherWordsForWhatsNew = 2;

    private readonly ProductMatcher _products;
    private readonly CueMatcher _cues;
    private readonly HashSet<string> _filler;
    private readonly HashSet<string> _chitChat;
    private readonly HashSet<string> _negations;

    public PlansRecognizer(IEnumerable<ProductName> products)
    {
        _filler = new HashSet<string>(IntentCues.Filler.SelectMany(TextNormalizer.Tokenize), StringComparer.Ordinal);
        _cues = new CueMatcher(IntentCues.Phrases, _filler);
        _chitChat = new HashSet<string>(IntentCues.ChitChat.SelectMany(TextNormalizer.Tokenize), StringComparer.Ordinal);
        _negations = new HashSet<string>(IntentCues.Negations.SelectMany(TextNormalizer.Tokenize), StringComparer.Ordinal);
        var reserved = new HashSet<string>(_cues.Words, StringComparer.Ordinal);
        reserved.UnionWith(_filler);
        _products = new ProductMatcher(products, reserved);
    }

    public Recognition Recognize(string text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Length == 0)
        {
            return new Recognition(PlansIntent.None, [], "empty message", []);
        }

        var mentions = _products.Find(tokens);
        var taken = new bool[tokens.Length];
        foreach (var m in mentions)
        {
            Array.Fill(taken, true, m.Start, m.Length);
        }

        var cues = _cues.Find(tokens, taken);
        foreach (var c in cues)
        {
            Array.Fill(taken, true, c.Start, c.Length);
        }

        var otherWords = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!taken[i] && !_filler.Contains(tokens[i]))
            {
                otherWords.Add(tokens[i]);
            }
        }

        var hasIntentCue = cues.Exists(c => c.Kind is not (CueKind.OtherTopic or CueKind.Problem or CueKind.Time));
        var isBare = cues.TrueForAll(c => c.Kind == CueKind.Time) && otherWords.Count == 0;
        var accepted = new List<ProductMention>();
        foreach (var m in mentions)
        {
            if (!m.Alias.IsAmbiguous || isBare || (hasIntentCue && !IsFollowedByOtherWord(tokens, taken, m)))
            {
                accepted.Add(m);
            }
            else
            {
                otherWords.Add(m.Matched);
            }
        }

        var negated = Array.Exists(tokens, _negations.Contains);
        return Decide(new Evidence(accepted, cues, otherWords), negated);
    }

    // "green tech", "translate this": an ordinary word directly followed by an unexplained word is used as a word.
    private bool IsFollowedByOtherWord(string[] tokens, bool[] taken, ProductMention m)
    {
        var next = m.Start + m.Length;
        return next < tokens.Length && !taken[next] && !_filler.Contains(tokens[next]);
    }

    private Recognition Decide(Evidence e, bool negated)
    {
        if (e.Cue(CueKind.Problem) is { } problem)
        {
            return e.Result(PlansIntent.None, $"problem cue '{problem.Phrase}'", reportsProblem: true);
        }

        if (e.Cue(CueKind.OtherTopic) is { } other)
        {
            return e.Result(PlansIntent.None, $"other-topic cue '{other.Phrase}'");
        }

        if (e.Cue(CueKind.Subscriptions) is { } subscriptions)
        {
            return e.Result(PlansIntent.Subscriptions, $"cue '{subscriptions.Phrase}'");
        }

        if ((e.Cue(CueKind.Unfollow) ?? e.Cue(CueKind.Follow)) is { } follow)
        {
            var intent = follow.Kind == CueKind.Unfollow || negated ? PlansIntent.Unfollow : PlansIntent.Follow;
            return e.ProductIds.Count > 0 || e.OtherWords.Count == 0
                ? e.Result(intent, $"cue '{follow.Phrase}'")
                : e.Result(PlansIntent.None, $"cue '{follow.Phrase}' without a product but with other words");
        }

        var plansCue = e.Cue(CueKind.PlansStrong) ?? e.Cue(CueKind.WhatsNew) ?? e.Cue(CueKind.PlansWeak);
        if (e.ProductIds.Count > 0)
        {
            if (plansCue is { } cue)
            {
                return e.Result(PlansIntent.Plans, $"cue '{cue.Phrase}'");
            }

            return e.OtherWords.Count == 0
                ? e.Result(PlansIntent.Plans, "bare product name")
                : e.Result(PlansIntent.None, "product named without a plans cue");
        }

        if (e.OtherWords.Find(_chitChat.Contains) is { } chat)
        {
            return e.Result(PlansIntent.None, $"small talk ('{chat}')");
        }

        if (e.Cue(CueKind.PlansStrong) is { } strong)
        {
            return e.Result(PlansIntent.Plans, $"cue '{strong.Phrase}', no known product");
        }

        if (e.Cue(CueKind.WhatsNew) is { } whatsNew)
        {
            return e.OtherWords.Count <= MaxOtherWordsForWhatsNew
                ? e.Result(PlansIntent.WhatsNew, $"cue '{whatsNew.Phrase}'")
                : e.Result(PlansIntent.None, $"cue '{whatsNew.Phrase}' among too many other words");
        }

        return plansCue is { } weak
            ? e.Result(PlansIntent.None, $"weak cue '{weak.Phrase}' without a product")
            : e.Result(PlansIntent.None, "no cue and no product");
    }
}
