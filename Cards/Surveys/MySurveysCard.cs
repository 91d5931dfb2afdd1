using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>A member's surveys: open ones with progress, and what they answered.</summary>
public static class MySurveysCard
{
    public const string Heading = "My surveys";
    public const int PageSize = 15;

    public static AdaptiveCard Build(MySurveysView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(Heading),
        };
        if (view.Surveys.Count == 0)
        {
            body.Add(new TextBlock("There are no surveys for you right now."));
        }
        foreach (var s in view.Surveys.Take(PageSize))
        {
            var progress = s.Complete ? "done" : s.Answered == 0 ? "not started" : $"{s.Answered} of {s.Questions} answered";
            var status = s.Open ? (s.Deadline is { } d ? $"open until {d:yyyy-MM-dd HH:mm} UTC" : "open") : "closed";
            (string, string)[] keys = [(FormVerbs.KindKey, SurveyVerbs.FormKind), (FormVerbs.FormKey, s.Id)];
            var buttons = new List<CardAction>();
            if (s.Open && !s.Complete)
            {
                buttons.Add(CardVerb.Button(s.Answered == 0 ? "Start" : "Continue", FormVerbs.Start, keys) with { Style = ActionStyle.Positive, AssociatedInputs = "none" });
            }
            if (s.Open)
            {
                buttons.Add(CardVerb.Button(s.Complete ? "Change my answers" : "All in one card", FormVerbs.OpenCard, keys) with { AssociatedInputs = "none" });
            }
            if (s.Answered > 0)
            {
                buttons.Add(CardVerb.Button("My answers", SurveyVerbs.MyAnswers, (SurveyVerbs.SurveyKey, s.Id)) with { AssociatedInputs = "none" });
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
        return new AdaptiveCard(body) { FallbackText = Heading };
    }
}
