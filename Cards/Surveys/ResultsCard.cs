using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>
/// Staff card: response rate, per-question tallies drawn as text bars in column sets, rating averages and
/// free-text answers a page at a time; or one user group's respondents, or every question by group side by side.
/// Exports are asked for only here, and this card goes only to staff.
/// </summary>
public static class ResultsCard
{
    public const string AnonymousNote = "Anonymous survey: answers are stored without names; no one can tell who said what.";
    public const string ByGroupHeading = "By user group";
    public const string ByGroupNote = "Free-text and date questions are not broken down by group; number questions show their average.";

    /// <summary>Group columns side by side in one table; more groups make another table under it (Teams cards are narrow).</summary>
    public const int GroupColumnsPerTable = 4;

    private const int BarWidth = 20;

    public static AdaptiveCard Build(ResultsView view)
    {
        var rate = view.Invited == 0 ? 0 : (double)view.Complete / view.Invited;
        var body = new List<CardElement>
        {
            TextBlock.Heading($"Results: {view.Title}"),
            new FactSet(
            [
                new("Status", view.Status),
                new("Responses", view.Group is { } group ? $"{view.Complete} from {group}" : $"{view.Complete} of {view.Invited} invited ({Percent(rate)})"),
                new("In progress", view.InProgress.ToString(CultureInfo.InvariantCulture)),
            ]),
        };
        if (view.Anonymous)
        {
            body.Add(new TextBlock(AnonymousNote) { Color = TextColor.Accent });
        }
        if (view.WaitingAnonymous > 0)
        {
            body.Add(new TextBlock($"{view.WaitingAnonymous} more respondent{(view.WaitingAnonymous == 1 ? " has" : "s have")} answered and " +
                $"{(view.WaitingAnonymous == 1 ? "is" : "are")} not counted yet: anonymous answers are counted in batches of at least " +
                $"{view.AnonymousBatch} respondents, and all at once when the survey closes, so no one can be told apart by when they answered.")
            { IsSubtle = true, Size = TextSize.Small });
        }
        if (view.AsOf is { } asOf)
        {
            body.Add(new TextBlock($"As of {asOf:yyyy-MM-dd HH:mm:ss} UTC") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }
        if (view.Group is { } filteredTo)
        {
            body.Add(new TextBlock($"Respondents of **{filteredTo}** only.") { Color = TextColor.Accent });
        }
        if (view.GroupWithheld is { } withheld)
        {
            body.Add(new TextBlock(withheld) { Color = TextColor.Attention });
        }
        IReadOnlyList<int> numbers = view.ByGroup is { } breakdown ? [.. breakdown.Questions.Select(q => q.Number)] : [.. view.Questions.Select(q => q.Number)];
        if (view.Parts > 1 && numbers.Count > 0)
        {
            body.Add(new TextBlock($"Questions {numbers[0]}–{numbers[^1]} of {view.QuestionCount} (part {view.Part + 1} of {view.Parts})")
            {
                Weight = TextWeight.Bolder,
            });
        }
        if (view.ByGroup is { } byGroup)
        {
            AddByGroup(body, byGroup);
        }
        foreach (var q in view.Questions)
        {
            body.Add(new TextBlock($"{q.Number}. {q.Prompt}") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            var shown = q.ShownTo is { } to ? $" · shown to {to} respondent{(to == 1 ? "" : "s")}" + (q.Condition is { } c ? $" ({c})" : "") : "";
            body.Add(new TextBlock($"{q.Answered} answered{shown}" + (q.Summary is { } s ? $" · {s}" : "")) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            foreach (var row in q.Rows)
            {
                var bar = new string('█', (int)Math.Round(row.Share * BarWidth));
                body.Add(new ColumnSet(
                [
                    new Column([new TextBlock(row.Label) { Size = TextSize.Small }], "2"),
                    new Column([new TextBlock(bar.Length == 0 ? "·" : bar) { Size = TextSize.Small, Color = TextColor.Accent, Wrap = false }], "3"),
                    new Column([new TextBlock($"{row.Count} ({Percent(row.Share)})") { Size = TextSize.Small }], "auto"),
                ])
                { Spacing = Spacing.None });
            }
            foreach (var text in q.Texts)
            {
                body.Add(new TextBlock("“" + text + "”") { Size = TextSize.Small, Spacing = Spacing.Small, MaxLines = 6 });
            }
            if (q.TextTotal > q.Texts.Count)
            {
                body.Add(new TextBlock($"{q.Texts.Count} of {q.TextTotal} answers shown (page {view.Page + 1} of {view.Pages}).") { IsSubtle = true, Size = TextSize.Small });
            }
        }
        var paging = new List<CardAction> { Page("Refresh", view, view.Part, view.Page) };
        if (view.Page > 0)
        {
            paging.Add(Page("Previous answers", view, view.Part, view.Page - 1));
        }
        if (view.Page + 1 < view.Pages)
        {
            paging.Add(Page("More answers", view, view.Part, view.Page + 1));
        }
        if (view.Part > 0)
        {
            paging.Add(Page("Previous questions", view, view.Part - 1, 0));
        }
        if (view.Part + 1 < view.Parts)
        {
            paging.Add(Page("Next questions", view, view.Part + 1, 0));
        }
        body.Add(new ActionSet(paging) { Separator = true });
        AddGroupFilter(body, view);
        List<CardAction> actions =
        [
            CardVerb.Button("Export CSV", SurveyVerbs.Export, (SurveyVerbs.SurveyKey, view.SurveyId), (SurveyVerbs.FormatKey, "csv")) with { AssociatedInputs = "none" },
            CardVerb.Button("Export Excel", SurveyVerbs.Export, (SurveyVerbs.SurveyKey, view.SurveyId), (SurveyVerbs.FormatKey, "xlsx")) with { AssociatedInputs = "none" },
        ];
        if (view.PreviousEditionTitle is { } previous)
        {
            actions.Add(CardVerb.Button($"Compare with {previous}", SurveyVerbs.Compare, (SurveyVerbs.SurveyKey, view.SurveyId)) with { AssociatedInputs = "none" });
        }
        return new AdaptiveCard(body, actions) { FallbackText = $"Results: {view.Title}" };
    }

    private static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";

    private static SubmitAction Page(string title, ResultsView view, int part, int page) =>
        CardVerb.Button(title, SurveyVerbs.Results, (SurveyVerbs.SurveyKey, view.SurveyId), (SurveyVerbs.PartKey, part.ToString(CultureInfo.InvariantCulture)),
            (SurveyVerbs.PageKey, page.ToString(CultureInfo.InvariantCulture)), (SurveyVerbs.GroupKey, view.GroupValue ?? SurveyVerbs.AllGroups),
            (SurveyVerbs.ViewKey, view.ByGroup is null ? "" : SurveyVerbs.ByGroupView))
            with
        { AssociatedInputs = "none" };

    /// <summary>Each question as a table: a row per choice, a column per group (several tables when there are many groups).</summary>
    private static void AddByGroup(List<CardElement> body, GroupBreakdown breakdown)
    {
        body.Add(new TextBlock(ByGroupHeading) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true });
        body.Add(new TextBlock(breakdown.Columns.Count == 0 ? "No group can be shown yet." : ByGroupNote) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        foreach (var line in breakdown.Withheld)
        {
            body.Add(new TextBlock(line) { Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.None });
        }
        if (breakdown.Columns.Count == 0)
        {
            return;
        }
        var tables = breakdown.Columns.Select((c, i) => (c, i)).Chunk(GroupColumnsPerTable).ToList();
        foreach (var q in breakdown.Questions)
        {
            body.Add(new TextBlock($"{q.Number}. {q.Prompt}") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            foreach (var table in tables)
            {
                body.Add(new ColumnSet([new Column([new TextBlock(" ") { Size = TextSize.Small }], "2"),
                    .. table.Select(t => new Column(
                    [
                        new TextBlock(t.c.Label) { Size = TextSize.Small, Weight = TextWeight.Bolder },
                        new TextBlock($"{t.c.Respondents} resp.") { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
                    ], "1"))])
                { Spacing = Spacing.Small });
                foreach (var row in q.Rows)
                {
                    body.Add(new ColumnSet([new Column([new TextBlock(row.Label) { Size = TextSize.Small }], "2"),
                        .. table.Select(t => new Column([new TextBlock(row.Cells[t.i].Text) { Size = TextSize.Small }], "1"))])
                    { Spacing = Spacing.None });
                }
            }
        }
    }

    /// <summary>The group filter: a drop-down and its button, and the switch between the questions and the breakdown by group.</summary>
    private static void AddGroupFilter(List<CardElement> body, ResultsView view)
    {
        if (view.GroupChoices.Count == 0)
        {
            return;
        }
        body.Add(new ChoiceSetInput([new Choice("All groups", SurveyVerbs.AllGroups), .. view.GroupChoices.Select(c => new Choice(c.Label, c.Value))])
        {
            Id = SurveyVerbs.GroupInput,
            Label = "Respondents of",
            Style = ChoiceStyle.Compact,
            Value = view.GroupValue ?? SurveyVerbs.AllGroups,
        });
        body.Add(new ActionSet(
        [
            CardVerb.Button("Show", SurveyVerbs.Results, (SurveyVerbs.SurveyKey, view.SurveyId)),
            view.ByGroup is null
                ? CardVerb.Button("By group", SurveyVerbs.Results, (SurveyVerbs.SurveyKey, view.SurveyId), (SurveyVerbs.ViewKey, SurveyVerbs.ByGroupView)) with { AssociatedInputs = "none" }
                : CardVerb.Button("All questions", SurveyVerbs.Results, (SurveyVerbs.SurveyKey, view.SurveyId)) with { AssociatedInputs = "none" },
        ])
        { Spacing = Spacing.None });
    }
}
