using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>
/// Staff card: response rate, per-question tallies drawn as text bars in column sets, rating averages and
/// free-text answers a page at a time. Exports are asked for only here, and this card goes only to staff.
/// </summary>
public static class ResultsCard
{
    public const string AnonymousNote = "Anonymous survey: answers are stored without names; no one can tell who said what.";
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
                new("Responses", $"{view.Complete} of {view.Invited} invited ({Percent(rate)})"),
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
        if (view.Parts > 1 && view.Questions.Count > 0)
        {
            body.Add(new TextBlock($"Questions {view.Questions[0].Number}–{view.Questions[^1].Number} of {view.QuestionCount} (part {view.Part + 1} of {view.Parts})")
            {
                Weight = TextWeight.Bolder,
            });
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
            (SurveyVerbs.PageKey, page.ToString(CultureInfo.InvariantCulture)))
            with
        { AssociatedInputs = "none" };
}
