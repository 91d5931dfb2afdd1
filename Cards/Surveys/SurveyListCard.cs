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
            if (s.Opens is { } opens && s.Status is "Draft" or "Scheduled")
            {
                facts.Add($"opens {opens:yyyy-MM-dd HH:mm} UTC");
            }
            if (s.Deadline is { } deadline)
            {
                facts.Add($"closes {deadline:yyyy-MM-dd HH:mm} UTC");
            }
            if (s.ClosedByLimit)
            {
                facts.Add($"Closed after {s.CloseAfterResponses} responses");
            }
            else if (s.CloseAfterResponses is { } limit && s.Status != "Closed")
            {
                facts.Add($"closes after {limit} responses");
            }
            if (s.Status is not ("Draft" or "Scheduled"))
            {
                facts.Add($"{s.Complete} of {s.Invited} answered");
            }
            var buttons = new List<CardAction> { Button("Preview", SurveyVerbs.Preview, s.Id) };
            if (s.Status == "Draft" && s.CanSchedule)
            {
                buttons.Add(Button("Schedule", SurveyVerbs.Schedule, s.Id) with { Style = ActionStyle.Positive });
            }
            else if (s.Status == "Draft")
            {
                buttons.Add(Button("Open", SurveyVerbs.Open, s.Id) with { Style = ActionStyle.Positive });
            }
            else if (s.Status == "Scheduled")
            {
                buttons.Add(Button("Open now", SurveyVerbs.Open, s.Id));
                buttons.Add(Button("Unschedule", SurveyVerbs.Unschedule, s.Id));
            }
            else
            {
                buttons.Add(Button("Results", SurveyVerbs.Results, s.Id));
            }
            if (s.Status == "Open")
            {
                buttons.Add(Button("Close", SurveyVerbs.Close, s.Id) with { Style = ActionStyle.Destructive });
            }
            // Teams shows at most 5 buttons in a row: what changes the definition gets a row of its own.
            var definition = new List<CardAction>
            {
                Button(s.Status is "Draft" or "Scheduled" ? "Edit" : "Correct", SurveyVerbs.Edit, s.Id),
                Button("Duplicate", SurveyVerbs.Duplicate, s.Id),
            };
            if (s.Status is "Open" or "Closed")
            {
                definition.Add(Button("Next edition", SurveyVerbs.NextEdition, s.Id));
            }
            body.Add(new Container(
            [
                new TextBlock($"**{s.Title}** ({s.Id})"),
                new TextBlock(string.Join(" · ", facts)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                new ActionSet(buttons),
                new ActionSet(definition) { Spacing = Spacing.None },
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
