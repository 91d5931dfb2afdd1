using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Questions;

public sealed record SameQuestion(int Number, string Id, string Text, string? Answer, int Askers);

public sealed record DuplicatesView(string MeetingId, string DraftId, IReadOnlyList<SameQuestion> Questions);

/// <param name="Voices">"{0} members asked this".</param>
public sealed record DuplicatesLabels(string Intro, string MeToo, string SendMine, string Voices, string Answer);

/// <summary>Questions that look like the one a member is sending: add a voice to one, or send theirs anyway. No asker is shown.</summary>
public static class DuplicatesCard
{
    public static AdaptiveCard Build(DuplicatesView view, DuplicatesLabels labels)
    {
        var body = new List<CardElement> { new TextBlock(labels.Intro) { Weight = TextWeight.Bolder } };
        foreach (var q in view.Questions)
        {
            var items = new List<CardElement>
            {
                new TextBlock($"**{q.Id}** — {q.Text}"),
                new TextBlock(string.Format(CultureInfo.CurrentCulture, labels.Voices, q.Askers)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            };
            if (q.Answer is { } answer)
            {
                items.Add(new TextBlock($"**{labels.Answer}:** {answer}"));
            }
            items.Add(new ActionSet([CardVerb.Button(labels.MeToo, QuestionVerbs.MeToo, (QuestionVerbs.MeetingKey, view.MeetingId),
                (QuestionVerbs.NumberKey, q.Number.ToString(CultureInfo.InvariantCulture)), (QuestionVerbs.DraftKey, view.DraftId)) with { AssociatedInputs = "none" }]));
            body.Add(new Container(items) { Separator = true });
        }
        return new AdaptiveCard(body,
            [CardVerb.Button(labels.SendMine, QuestionVerbs.SendMine, (QuestionVerbs.DraftKey, view.DraftId)) with { AssociatedInputs = "none" }])
        { FallbackText = labels.Intro };
    }
}
