using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>Sent to every member of a survey's audience when it opens, and as a reminder before the deadline.</summary>
public static class InvitationCard
{
    public static AdaptiveCard Build(InvitationView view)
    {
        var heading = view.Reminder ? $"Reminder: {view.Title}" : $"New survey: {view.Title}";
        var body = new List<CardElement>
        {
            TextBlock.Heading(heading),
        };
        if (view.Intro.Length > 0)
        {
            body.Add(new TextBlock(view.Intro));
        }
        var facts = new List<Fact> { new("Questions", view.Questions.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (view.Deadline is { } deadline)
        {
            facts.Add(new("Closes", $"{deadline:yyyy-MM-dd HH:mm} UTC"));
        }
        if (view.Reminder)
        {
            facts.Add(new("Your progress", $"{view.Answered} of {view.Questions} answered"));
        }
        body.Add(new FactSet(facts));
        if (view.Anonymous)
        {
            body.Add(new TextBlock("Anonymous: WIPO staff will not see who gave which answers.") { IsSubtle = true });
        }
        (string, string)[] keys = [(FormVerbs.KindKey, SurveyVerbs.FormKind), (FormVerbs.FormKey, view.SurveyId)];
        return new AdaptiveCard(body,
        [
            CardVerb.Button(view.Answered > 0 ? "Continue" : "Start now", FormVerbs.Start, keys) with { Style = ActionStyle.Positive, AssociatedInputs = "none" },
            CardVerb.Button("All in one card", FormVerbs.OpenCard, keys) with { AssociatedInputs = "none" },
            CardVerb.Button("Later", FormVerbs.Control, [.. keys, (FormVerbs.ControlKey, "later")]) with { AssociatedInputs = "none" },
        ])
        { FallbackText = heading };
    }
}
