using System.Globalization;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>Sent to every member of a survey's audience when it opens, and as a reminder before the deadline.</summary>
public static class InvitationCard
{
    public static AdaptiveCard Build(InvitationView view, SurveyLabels labels)
    {
        var heading = string.Format(CultureInfo.InvariantCulture, view.Reminder ? labels.Reminder : labels.NewSurvey, view.Title);
        var body = new List<CardElement>
        {
            TextBlock.Heading(heading),
        };
        if (view.Intro.Length > 0)
        {
            body.Add(new TextBlock(view.Intro));
        }
        var facts = new List<Fact> { new(labels.Questions, view.Questions.ToString(CultureInfo.InvariantCulture)) };
        if (view.Deadline is { } deadline)
        {
            facts.Add(new(labels.Closes, SurveyDates.Deadline(deadline)));
        }
        if (view.Reminder)
        {
            facts.Add(new(labels.Progress, string.Format(CultureInfo.InvariantCulture, labels.AnsweredOf, view.Answered, view.Questions)));
        }
        body.Add(new FactSet(facts));
        if (view.Anonymous)
        {
            body.Add(new TextBlock(labels.Anonymous) { IsSubtle = true });
        }
        (string, string)[] keys = [(FormVerbs.KindKey, SurveyVerbs.FormKind), (FormVerbs.FormKey, view.SurveyId)];
        return new AdaptiveCard(body,
        [
            CardVerb.Button(view.Answered > 0 ? labels.Continue : labels.StartNow, FormVerbs.Start, keys) with { Style = ActionStyle.Positive, AssociatedInputs = "none" },
            CardVerb.Button(labels.AllInOneCard, FormVerbs.OpenCard, keys) with { AssociatedInputs = "none" },
            CardVerb.Button(labels.Later, FormVerbs.Control, [.. keys, (FormVerbs.ControlKey, "later")]) with { AssociatedInputs = "none" },
        ])
        { FallbackText = heading };
    }
}
