namespace CollabBot.Dialogs.Contributions;

/// <summary>The channels, in the order members see them.</summary>
public sealed class ContributionChannels(IEnumerable<ContributionChannel> channels)
{
    public IReadOnlyList<ContributionChannel> All { get; } = [.. channels];

    public ContributionChannel? Find(string? kind) => All.FirstOrDefault(c => string.Equals(c.Kind, kind, StringComparison.Ordinal));
}
