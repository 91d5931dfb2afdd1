using System.Globalization;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// Which user groups the results may show, on their own or pooled (docs/decisions/0018-results-by-user-group.md). With a
/// minimum (anonymous surveys), a group with fewer respondents is not shown on its own: such groups are pooled into
/// "Other groups" when the pool reaches the minimum. A pool that would stay under it takes in the smallest groups shown,
/// until it reaches it, since the overall totals minus the groups shown would otherwise give it away; when even that
/// falls short (fewer respondents in all than the minimum), no group is shown.
/// </summary>
/// <param name="Columns">The columns shown, in order.</param>
/// <param name="Withheld">Why a group is not shown on its own, one line each, for staff.</param>
public sealed record GroupPlan(IReadOnlyList<GroupPlan.Column> Columns, IReadOnlyList<string> Withheld)
{
    /// <param name="Groups">The groups counted in the column (null: members without a confirmed group).</param>
    public sealed record Column(string Label, IReadOnlyList<string?> Groups, int Respondents, bool Pooled);

    /// <param name="sizes">Respondents per group; the key "" stands for members without a confirmed group.</param>
    /// <param name="minimum">The fewest respondents a group shown on its own must have; 0 for named surveys (every group shown).</param>
    public static GroupPlan For(IReadOnlyDictionary<string, int> sizes, int minimum, SurveyGroups groups)
    {
        var present = sizes.Where(s => s.Value > 0).OrderBy(s => groups.Order(GroupOf(s.Key))).ToList();
        if (minimum <= 1)
        {
            return new([.. present.Select(s => new Column(Label(s.Key, groups), [GroupOf(s.Key)], s.Value, false))], []);
        }
        var apart = present.Where(s => s.Value >= minimum).ToList();
        var small = present.Where(s => s.Value < minimum).ToList();
        var pooled = small.ToList();
        var moved = new List<KeyValuePair<string, int>>();
        while (pooled.Sum(s => s.Value) is > 0 and var total && total < minimum && apart.Count > 0)
        {
            var smallest = apart.OrderBy(s => s.Value).ThenBy(s => groups.Order(GroupOf(s.Key))).First();
            apart.Remove(smallest);
            pooled.Add(smallest);
            moved.Add(smallest);
        }
        var fewer = $"fewer than {minimum.ToString(CultureInfo.InvariantCulture)} respondents";
        var columns = apart.Select(s => new Column(Label(s.Key, groups), [GroupOf(s.Key)], s.Value, false)).ToList();
        var withheld = new List<string>();
        var pool = pooled.Sum(s => s.Value);
        if (pool >= minimum)
        {
            columns.Add(new Column(SurveyGroups.OtherGroups, [.. pooled.OrderBy(s => groups.Order(GroupOf(s.Key))).Select(s => GroupOf(s.Key))], pool, true));
            withheld.AddRange(small.Select(s => $"{Label(s.Key, groups)}: {fewer}, not shown on its own (counted in \"{SurveyGroups.OtherGroups}\")."));
            withheld.AddRange(moved.Select(s => $"{Label(s.Key, groups)}: counted in \"{SurveyGroups.OtherGroups}\", so that the smaller groups' answers " +
                "cannot be worked out from the totals."));
        }
        else
        {
            withheld.AddRange(small.Select(s => $"{Label(s.Key, groups)}: {fewer}, not shown."));
        }
        return new(columns, withheld);
    }

    /// <summary>Whether every group named that has respondents is a column of its own (what a filter to them may show).</summary>
    public bool ShowsApart(IEnumerable<string?> named, IReadOnlyDictionary<string, int> sizes) =>
        named.All(g => sizes.GetValueOrDefault(g ?? "") == 0
            || Columns.Any(c => !c.Pooled && string.Equals(c.Groups[0], g, StringComparison.OrdinalIgnoreCase)));

    private static string? GroupOf(string key) => key.Length == 0 ? null : key;

    /// <summary>"PDG"; a national group with the group it belongs to, "AFPIC (CEPIUG)"; "No confirmed group".</summary>
    public static string Label(string key, SurveyGroups groups) => key.Length == 0 ? SurveyGroups.NoGroup
        : groups.ParentOf(key) is { } parent ? $"{key} ({parent})" : key;
}
