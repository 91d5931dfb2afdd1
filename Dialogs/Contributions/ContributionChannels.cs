namespace CollabBot.Dialogs.Contributions;

/// <summary>The channels, in the order members see them.</summary>
public sealed class ContributionChannels(IEnumerable<ContributionChannel> channels)
{
    public IReadOnlyList<ContributionChannel> All { get; } = [.. channels];

    public ContributionChannel? Find(string? kind) => All.FirstOrDefault(c => string.Equals(c.Kind, kind, StringComparison.Ordinal));

    /// <summary>The channel the words name ("contribute feedback", "inbox magazine"), if any.</summary>
    public ContributionChannel? NamedIn(params string[] texts)
    {
        var said = $" {string.Join(' ', texts.Select(Conversation.Phrase.Normalize))} ";
        return All.FirstOrDefault(c => c.Words.Any(w => said.Contains($" {w} ", StringComparison.Ordinal)));
    }
}
