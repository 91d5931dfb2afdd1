namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>What <see cref="PlansRecognizer"/> found in one message, and how to phrase the resulting explanation.</summary>
internal sealed class Evidence(List<ProductMention> mentions, List<CueMatch> cues, List<string> otherWords)
{
    public IReadOnlyList<string> ProductIds { get; } = mentions.Select(m => m.Alias.ProductId).Distinct().ToArray();

    public List<string> OtherWords => otherWords;

    public CueMatch? Cue(CueKind kind)
    {
        var i = cues.FindIndex(c => c.Kind == kind);
        return i < 0 ? null : cues[i];
    }

    /// <summary>None and Subscriptions never carry products; the mentions still appear in the explanation and the named products.</summary>
    public Recognition Result(PlansIntent intent, string reason, bool reportsProblem = false)
    {
        var parts = new List<string> { reason };
        parts.AddRange(mentions.Select(Describe));
        if (otherWords.Count > 0)
        {
            parts.Add($"other words: {string.Join(' ', otherWords)}");
        }

        var applied = intent is PlansIntent.None or PlansIntent.Subscriptions ? [] : ProductIds;
        return new Recognition(intent, applied, string.Join(" + ", parts), ProductIds, reportsProblem);
    }

    private static string Describe(ProductMention m)
    {
        var how = m.Distance > 0 ? $"~'{m.Matched}', {m.Distance} edit(s)" : $"'{m.Matched}'";
        var weak = m.Alias.IsAmbiguous ? ", ambiguous word" : string.Empty;
        return $"product '{m.Alias.ProductId}' (alias '{m.Alias.Alias}' {how}{weak})";
    }
}
