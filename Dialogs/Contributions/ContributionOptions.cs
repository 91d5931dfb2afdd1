namespace CollabBot.Dialogs.Contributions;

/// <summary>The "Contributions" configuration section.</summary>
public sealed class ContributionOptions
{
    public const string Section = "Contributions";

    public static readonly IReadOnlyList<string> DefaultObservers = ["PDG", "PIUG", "CEPIUG"];

    /// <summary>
    /// User groups whose organisations have official observer status at WIPO's committees: they may ask to join a task force.
    /// Empty means <see cref="DefaultObservers"/> (a list given in configuration replaces them, rather than adding to them).
    /// </summary>
    public List<string> ObserverGroups { get; set; } = [];

    public IReadOnlyList<string> Observers => ObserverGroups.Count > 0 ? ObserverGroups : DefaultObservers;

    /// <summary>A national group and the group it belongs to ("AFPIC": "CEPIUG"): it counts as that group for observer status and filters.</summary>
    public Dictionary<string, string> ParentGroups { get; set; } = [];

    /// <summary>Whom a member without observer status may contact about a committee's work.</summary>
    public string CommitteesContact { get; set; } = "the CWS Secretariat (cws.mail@wipo.int)";

    /// <summary>The group itself and the group it belongs to, if any.</summary>
    public IEnumerable<string> GroupsOf(string? group)
    {
        if (group is null)
        {
            yield break;
        }
        yield return group;
        if (ParentGroups.TryGetValue(group, out var parent))
        {
            yield return parent;
        }
    }
}
