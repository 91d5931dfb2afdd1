using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Questions;

/// <param name="Age">How long it has waited ("3 days").</param>
public sealed record OpenQuestion(string MeetingId, int Number, string Id, string Meeting, string Text, string Status, string Age, string? Assignee, int Voices);

/// <summary>Staff: every question not closed, oldest first, each with its age, assignee and votes, and a button to bring up its ticket.</summary>
public static class OpenQuestionsCard
{
    public const string Heading = "Open questions";
    public const int MaxShown = 30;

    public static AdaptiveCard Build(IReadOnlyList<OpenQuestion> questions)
    {
        var body = new List<CardElement> { TextBlock.Heading(Heading) };
        if (questions.Count == 0)
        {
            body.Add(new TextBlock("No question waits: every one is closed."));
        }
        else if (questions.Count > MaxShown)
        {
            body.Add(new TextBlock($"The {MaxShown.ToString(CultureInfo.InvariantCulture)} oldest of {questions.Count.ToString(CultureInfo.InvariantCulture)}.") { IsSubtle = true });
        }
        foreach (var q in questions.Take(MaxShown))
        {
            var facts = $"{q.Status} · waiting {q.Age} · {q.Assignee ?? "nobody took it"} · {q.Voices.ToString(CultureInfo.InvariantCulture)} votes";
            body.Add(new ColumnSet(
            [
                new Column(
                [
                    new TextBlock($"**{q.Id}** · {q.Meeting}") { Size = TextSize.Small },
                    new TextBlock(q.Text.Length > 200 ? q.Text[..200] + "…" : q.Text) { Spacing = Spacing.None },
                    new TextBlock(facts) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]),
                new Column([new ActionSet([CardVerb.Button("Ticket", QuestionVerbs.Show, (QuestionVerbs.MeetingKey, q.MeetingId),
                    (QuestionVerbs.NumberKey, q.Number.ToString(CultureInfo.InvariantCulture))) with { AssociatedInputs = "none" }])], "auto")
                {
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
            ])
            { Separator = true });
        }
        return new AdaptiveCard(body) { FallbackText = Heading };
    }
}
