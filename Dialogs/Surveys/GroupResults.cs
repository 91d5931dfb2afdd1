using System.Globalization;
using CollabBot.Cards.Surveys;

namespace CollabBot.Dialogs.Surveys;

/// <summary>What staff asked of the results card: a page of free texts, a part of the questions, one group, or the breakdown by group.</summary>
/// <param name="Group">The user group to filter to, as configured (its national groups come with it).</param>
public sealed record ResultsQuery(int Page = 0, int Part = 0, string? Group = null, bool ByGroup = false);

/// <summary>
/// The staff results card's view, tallied in one pass over the responses: every respondent, those of the group filtered
/// to, and each group's counts. For an anonymous survey a group is shown only as <see cref="GroupPlan"/> allows, and a
/// group's free-text answers not at all (their wording can tell who wrote them).
/// </summary>
public static class GroupResults
{
    public const string TextsWithheld = "written answers are not shown by group in an anonymous survey";

    /// <param name="minimum">The fewest respondents a group of an anonymous survey must have to be shown (Surveys:GroupMinimum).</param>
    public static async Task<ResultsView> BuildAsync(Survey survey, IAsyncEnumerable<SurveyResponse> responses, ResultsQuery query, SurveyGroups groups,
        int minimum, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var everyone = new ResultsTally(survey, query.Page);
        var byGroup = new GroupTally(survey);
        var filtered = query.Group is null ? null : new ResultsTally(survey, query.Page);
        await foreach (var response in responses.WithCancellation(cancellationToken))
        {
            everyone.Add(response);
            byGroup.Add(response);
            if (query.Group is { } group && groups.Includes(group, response.UserGroup))
            {
                filtered!.Add(response);
            }
        }
        var sizes = byGroup.Sizes;
        var plan = GroupPlan.For(sizes, survey.Anonymous ? minimum : 0, groups);
        IReadOnlyList<(string, string)> choices = [.. groups.All.Select(g => (groups.Label(g), g))];
        if (query.ByGroup)
        {
            var questions = byGroup.Questions(plan);
            var tables = Math.Max(1, (plan.Columns.Count + ResultsCard.GroupColumnsPerTable - 1) / ResultsCard.GroupColumnsPerTable);
            var parts = SurveyResults.Parts(questions, q => 2 + tables * (1 + q.Rows.Count));
            var part = Math.Clamp(query.Part, 0, parts.Count - 1);
            return everyone.ToView(asOf, 0) with
            {
                Questions = [],
                Page = 0,
                Pages = 1,
                Part = part,
                Parts = parts.Count,
                QuestionCount = questions.Count,
                ByGroup = new GroupBreakdown([.. plan.Columns.Select(c => new GroupColumn(c.Label, c.Respondents, [.. c.Groups.Select(g => g ?? SurveyGroups.NoGroup)]))],
                    plan.Withheld, parts[part]),
                GroupChoices = choices,
            };
        }
        if (query.Group is not { } filter)
        {
            return everyone.ToView(asOf, query.Part) with { GroupChoices = choices };
        }
        var label = groups.Label(filter);
        if (survey.Anonymous && !plan.ShowsApart(groups.Within(filter), sizes))
        {
            return everyone.ToView(asOf, 0) with
            {
                Questions = [],
                Page = 0,
                Pages = 1,
                Part = 0,
                Parts = 1,
                Group = label,
                GroupValue = filter,
                GroupWithheld = Withheld(filter, label, groups, plan, sizes, minimum),
                GroupChoices = choices,
            };
        }
        var view = filtered!.ToView(asOf, query.Part) with { Group = label, GroupValue = filter, GroupChoices = choices };
        return survey.Anonymous
            ? view with
            {
                Questions = [.. view.Questions.Select(q => q.TextTotal > 0 ? q with { Texts = [], TextTotal = 0, Summary = TextsWithheld } : q)],
                Page = 0,
                Pages = 1,
            }
            : view;
    }

    /// <summary>"PDG: fewer than 5 respondents, not shown." or, for a group shown only with others, why.</summary>
    private static string Withheld(string filter, string label, SurveyGroups groups, GroupPlan plan, IReadOnlyDictionary<string, int> sizes, int minimum)
    {
        var fewer = $"fewer than {minimum.ToString(CultureInfo.InvariantCulture)} respondents";
        var pooled = $"counted in \"{SurveyGroups.OtherGroups}\", so that smaller groups cannot be worked out from the totals";
        var hidden = groups.Within(filter).Where(g => !plan.ShowsApart([g], sizes)).ToList();
        if (hidden is [var only] && string.Equals(only, filter, StringComparison.OrdinalIgnoreCase))
        {
            return sizes.GetValueOrDefault(filter) < minimum ? $"{label}: {fewer}, not shown." : $"{label}: {pooled}; not shown on its own.";
        }
        return $"{label}: not shown, as {string.Join(" and ", hidden.Select(g => $"{g} ({(sizes.GetValueOrDefault(g) < minimum ? fewer : pooled)})"))} " +
            $"cannot be shown on {(hidden.Count == 1 ? "its" : "their")} own.";
    }
}
