using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>The results a member who answered sees: how many answered, and each question with choices as bars; no names, no written answers.</summary>
/// <param name="Final">The survey has closed: these results will not change.</param>
/// <param name="LeavesOut">The survey has questions not shown here (written answers, numbers, dates).</param>
public sealed record MemberResultsView(string SurveyId, string Title, int Respondents, bool Final, IReadOnlyList<MemberQuestionResult> Questions,
    bool LeavesOut, int QuestionCount)
{
    /// <summary>Which part of a long survey's questions this card shows (0-based), of how many.</summary>
    public int Part { get; init; }

    public int Parts { get; init; } = 1;
}

/// <param name="Average">A rating question's average, as shown ("4.2").</param>
public sealed record MemberQuestionResult(int Number, string Prompt, int Answered, IReadOnlyList<TallyRow> Rows, string? Average = null);

/// <summary>The member results card's texts, in the member's language; the card fills in their placeholders.</summary>
public sealed record MemberResultsLabels
{
    /// <summary>{0}: the survey's title.</summary>
    public required string Heading { get; init; }
    /// <summary>{0}: how many members answered.</summary>
    public required string Respondents { get; init; }
    public required string StillOpen { get; init; }
    public required string Final { get; init; }
    /// <summary>{0}: how many answered the question.</summary>
    public required string Answered { get; init; }
    /// <summary>{0}: the average rating.</summary>
    public required string Average { get; init; }
    public required string LeftOut { get; init; }
    public required string NoChoiceQuestions { get; init; }
    /// <summary>{0}, {1}: the first and last question shown; {2}: how many there are.</summary>
    public required string QuestionsOf { get; init; }
    public required string NextQuestions { get; init; }
    public required string PreviousQuestions { get; init; }
}

public static class MemberResultsCard
{
    private const int BarWidth = 20;

    public static AdaptiveCard Build(MemberResultsView view, MemberResultsLabels labels)
    {
        var heading = Format(labels.Heading, view.Title);
        var body = new List<CardElement>
        {
            TextBlock.Heading(heading),
            new TextBlock(Format(labels.Respondents, view.Respondents) + " " + (view.Final ? labels.Final : labels.StillOpen)) { IsSubtle = true },
        };
        if (view.Questions.Count == 0)
        {
            body.Add(new TextBlock(labels.NoChoiceQuestions));
        }
        if (view.Parts > 1 && view.Questions.Count > 0)
        {
            body.Add(new TextBlock(Format(labels.QuestionsOf, view.Questions[0].Number, view.Questions[^1].Number, view.QuestionCount)) { Weight = TextWeight.Bolder });
        }
        foreach (var q in view.Questions)
        {
            body.Add(new TextBlock($"{q.Number.ToString(CultureInfo.InvariantCulture)}. {q.Prompt}") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            var answered = Format(labels.Answered, q.Answered) + (q.Average is { } average ? " · " + Format(labels.Average, average) : "");
            body.Add(new TextBlock(answered) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            foreach (var row in q.Rows)
            {
                var bar = new string('█', (int)Math.Round(row.Share * BarWidth));
                body.Add(new ColumnSet(
                [
                    new Column([new TextBlock(row.Label) { Size = TextSize.Small }], "2"),
                    new Column([new TextBlock(bar.Length == 0 ? "·" : bar) { Size = TextSize.Small, Color = TextColor.Accent, Wrap = false }], "3"),
                    new Column([new TextBlock($"{row.Count.ToString(CultureInfo.InvariantCulture)} ({Math.Round(row.Share * 100).ToString(CultureInfo.InvariantCulture)}%)")
                    {
                        Size = TextSize.Small,
                    }], "auto"),
                ])
                { Spacing = Spacing.None });
            }
        }
        if (view.LeavesOut)
        {
            body.Add(new TextBlock(labels.LeftOut) { IsSubtle = true, Size = TextSize.Small, Separator = true });
        }
        var actions = new List<CardAction>();
        if (view.Part > 0)
        {
            actions.Add(Part(labels.PreviousQuestions, view, view.Part - 1));
        }
        if (view.Part + 1 < view.Parts)
        {
            actions.Add(Part(labels.NextQuestions, view, view.Part + 1));
        }
        return new AdaptiveCard(body, actions.Count == 0 ? null : actions) { FallbackText = heading };
    }

    private static string Format(string text, params object[] values) => string.Format(CultureInfo.InvariantCulture, text, values);

    private static SubmitAction Part(string title, MemberResultsView view, int part) =>
        CardVerb.Button(title, SurveyVerbs.SeeResults, (SurveyVerbs.SurveyKey, view.SurveyId), (SurveyVerbs.PartKey, part.ToString(CultureInfo.InvariantCulture)))
            with
        { AssociatedInputs = "none" };
}
