using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>Staff card: every survey, with what can be done to it now.</summary>
public static class SurveyListCard
{
    public const string Heading = "Surveys";
    public const int PageSize = 15;

    public static AdaptiveCard Build(SurveyListView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(Heading),
        };
        if (view.LastAction is { } done)
        {
            body.Add(new TextBlock(done) { Color = TextColor.Good });
        }
        if (view.Surveys.Count == 0)
        {
            body.Add(new TextBlock("No surveys yet. Say **create survey** or **import survey** to add one."));
        }
        foreach (var s in view.Surveys.Take(PageSize))
        {
            var facts = new List<string> { s.Status, $"{s.Questions} questions", s.Anonymous ? "anonymous" : "named", s.Audience };
            if (s.Deadline is { } deadline)
            {
                facts.Add($"closes {deadline:yyyy-MM-dd HH:mm} UTC");
            }
            if (s.Status != "Draft")
            {
                facts.Add($"{s.Complete} of {s.Invited} answered");
            }
            var buttons = new List<CardAction> { Button("Preview", SurveyVerbs.Preview, s.Id) };
            if (s.Status == "Draft")
            {
                buttons.Add(Button("Open", SurveyVerbs.Open, s.Id) with { Style = ActionStyle.Positive });
            }
            else
            {
                buttons.Add(Button("Results", SurveyVerbs.Results, s.Id));
            }
            if (s.Status == "Open")
            {
                buttons.Add(Button("Close", SurveyVerbs.Close, s.Id) with { Style = ActionStyle.Destructive });
            }
            buttons.Add(Button(s.Status == "Draft" ? "Edit" : "Correct", SurveyVerbs.Edit, s.Id));
            buttons.Add(Button("Duplicate", SurveyVerbs.Duplicate, s.Id));
            body.Add(new Container(
            [
                new TextBlock($"**{s.Title}** ({s.Id})"),
                new TextBlock(string.Join(" · ", facts)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                new ActionSet(buttons),
            ])
            { Separator = true });
        }
        if (view.Surveys.Count > PageSize)
        {
            body.Add(new TextBlock($"{view.Surveys.Count - PageSize} older surveys are not shown.") { IsSubtle = true });
        }
        return new AdaptiveCard(body, [CardVerb.Command("Create a survey", SurveyAuthoringCard.Verb), CardVerb.Command("Import a survey", "survey.import")]) { FallbackText = Heading };
    }

    private static SubmitAction Button(string title, string verb, string id) =>
        CardVerb.Button(title, verb, (SurveyVerbs.SurveyKey, id)) with { AssociatedInputs = "none" };
}
