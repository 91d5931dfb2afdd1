using CollabBot.Cards.Model;

namespace CollabBot.Cards.Questions;

public sealed record MyQuestion(string Id, string Meeting, string Text, string Status, string? Answer);

public sealed record QuestionListLabels(string Heading, string Empty, string Status, string Answer, string AskButton);

/// <summary>A member's questions, newest first, each with where it stands and its answer once given; also the published Q&amp;A.</summary>
public static class MyQuestionsCard
{
    public const int MaxShown = 20;

    public static AdaptiveCard Build(IReadOnlyList<MyQuestion> questions, QuestionListLabels labels, string askCommand)
    {
        var body = new List<CardElement> { TextBlock.Heading(labels.Heading) };
        if (questions.Count == 0)
        {
            body.Add(new TextBlock(labels.Empty));
        }
        foreach (var q in questions.Take(MaxShown))
        {
            var items = new List<CardElement>
            {
                new TextBlock($"**{q.Id}** · {q.Meeting}") { Size = TextSize.Small, IsSubtle = true },
                new TextBlock(q.Text.Length > 300 ? q.Text[..300] + "…" : q.Text) { Spacing = Spacing.None },
                new FactSet([new Fact(labels.Status, q.Status)]),
            };
            if (q.Answer is { } answer)
            {
                items.Add(new TextBlock($"**{labels.Answer}:** {answer}"));
            }
            body.Add(new Container(items) { Separator = true });
        }
        return new AdaptiveCard(body, [CardVerb.Command(labels.AskButton, askCommand)]) { FallbackText = labels.Heading };
    }
}
