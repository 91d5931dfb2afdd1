using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// The user groups results are broken down and filtered by: those members choose from (Collab:UserGroups) and the
/// groups national groups belong to (Contributions:ParentGroups, e.g. AFPIC under CEPIUG). Filtering to a group
/// takes in its national groups.
/// </summary>
public sealed class SurveyGroups(IOptions<CollabOptions> collab, IOptions<ContributionOptions> contributions)
{
    /// <summary>The bucket of respondents without a confirmed group.</summary>
    public const string NoGroup = "No confirmed group";

    /// <summary>The column that pools groups too small to be shown on their own.</summary>
    public const string OtherGroups = "Other groups";

    /// <summary>Every group, in the configured order (the parents of national groups after the groups members choose from).</summary>
    public IReadOnlyList<string> All =>
        [.. collab.Value.UserGroups.Concat(contributions.Value.ParentGroups.Values).Concat(contributions.Value.ParentGroups.Keys)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The group as configured, for a name typed in any case; null when there is no such group.</summary>
    public string? Find(string name) => All.FirstOrDefault(g => string.Equals(g, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a respondent of <paramref name="group"/> counts when filtering to <paramref name="filter"/>: the group itself or its parent.</summary>
    public bool Includes(string filter, string? group) =>
        contributions.Value.GroupsOf(group).Contains(filter, StringComparer.OrdinalIgnoreCase);

    /// <summary>The group and its national groups.</summary>
    public IReadOnlyList<string> Within(string filter) =>
        [filter, .. contributions.Value.ParentGroups.Where(p => string.Equals(p.Value, filter, StringComparison.OrdinalIgnoreCase)).Select(p => p.Key)];

    /// <summary>"CEPIUG (with AFPIC)" for a group with national groups; its own name otherwise.</summary>
    public string Label(string filter) => Within(filter) is { Count: > 1 } within ? $"{filter} (with {string.Join(", ", within.Skip(1))})" : filter;

    /// <summary>The group a national group belongs to, or null.</summary>
    public string? ParentOf(string group) =>
        contributions.Value.ParentGroups.FirstOrDefault(p => string.Equals(p.Key, group, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Where a group's column goes: configured groups in their order, others after them by name, "no group" last.</summary>
    public (int, string) Order(string? group)
    {
        if (group is null)
        {
            return (int.MaxValue, "");
        }
        var index = All.ToList().FindIndex(g => string.Equals(g, group, StringComparison.OrdinalIgnoreCase));
        return (index < 0 ? int.MaxValue - 1 : index, group);
    }
}
