using System.Globalization;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>A member's surveys: open ones with progress, and what they answered.</summary>
public static class MySurveysCard
{
    public const int PageSize = 15;

    public static AdaptiveCard Build(MySurveysView view, SurveyLabels labels)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(labels.MySurveys),
        };
        if (view.Surveys.Count == 0)
        {
            body.Add(new TextBlock(labels.NoSurveys));
        }
        foreach (var s in view.Surveys.Take(PageSize))
        {
            var progress = s.Complete ? labels.Done
                : s.Answered == 0 ? labels.NotStarted
                : string.Format(CultureInfo.InvariantCulture, labels.AnsweredOf, s.Answered, s.Questions);
            var status = !s.Open ? labels.Closed
                : s.Deadline is { } d ? string.Format(CultureInfo.InvariantCulture, labels.OpenUntil, SurveyDates.Deadline(d))
                : labels.Open;
            (string, string)[] keys = [(FormVerbs.KindKey, SurveyVerbs.FormKind), (FormVerbs.FormKey, s.Id)];
            var buttons = new List<CardAction>();
            if (s.Open && !s.Complete)
            {
                buttons.Add(CardVerb.Button(s.Answered == 0 ? labels.Start : labels.Continue, FormVerbs.Start, keys) with { Style = ActionStyle.Positive, AssociatedInputs = "none" });
            }
            if (s.Open)
            {
                buttons.Add(CardVerb.Button(s.Complete ? labels.ChangeAnswers : labels.AllInOneCard, FormVerbs.OpenCard, keys) with { AssociatedInputs = "none" });
            }
            if (s.Answered > 0)
            {
                buttons.Add(CardVerb.Button(labels.MyAnswers, SurveyVerbs.MyAnswers, (SurveyVerbs.SurveyKey, s.Id)) with { AssociatedInputs = "none" });
            }
            if (s.ResultsShared)
            {
                buttons.Add(CardVerb.Button(labels.SeeResults, SurveyVerbs.SeeResults, (SurveyVerbs.SurveyKey, s.Id)) with { AssociatedInputs = "none" });
            }
            var items = new List<CardElement>
            {
                new TextBlock($"**{s.Title}**"),
                new TextBlock($"{progress} · {status}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            };
            if (buttons.Count > 0)
            {
                items.Add(new ActionSet(buttons));
            }
            body.Add(new Container(items) { Separator = true });
        }
        return new AdaptiveCard(body) { FallbackText = labels.MySurveys };
    }
}
