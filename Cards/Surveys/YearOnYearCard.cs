using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>A survey's results beside its previous edition's, for the choice questions both have.</summary>
/// <param name="NotCompared">Numbers of this edition's choice questions the previous one does not have (by id and type).</param>
public sealed record YearOnYearView(string SurveyId, string Title, string PreviousTitle, int PreviousComplete, int Complete,
    IReadOnlyList<EditionQuestion> Questions, IReadOnlyList<int> NotCompared, DateTimeOffset? AsOf = null)
{
    public int Part { get; init; }

    public int Parts { get; init; } = 1;
}

/// <param name="Number">Its number in this edition.</param>
public sealed record EditionQuestion(int Number, string Prompt, int PreviousAnswered, int Answered, IReadOnlyList<EditionRow> Rows);

/// <summary>One choice: its share of those who answered the question, last edition and this one.</summary>
public sealed record EditionRow(string Label, int PreviousCount, double PreviousShare, int Count, double Share);

/// <summary>Staff card: per choice question in both editions, last edition's and this edition's percentages side by side.</summary>
public static class YearOnYearCard
{
    public static AdaptiveCard Build(YearOnYearView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading($"Year on year: {view.Title}"),
            new FactSet(
            [
                new("Last edition", $"{view.PreviousTitle}: {Responses(view.PreviousComplete)}"),
                new("This edition", $"{view.Title}: {Responses(view.Complete)}"),
            ]),
        };
        if (view.AsOf is { } asOf)
        {
            body.Add(new TextBlock($"As of {asOf:yyyy-MM-dd HH:mm:ss} UTC") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }
        if (view.Questions.Count == 0)
        {
            body.Add(new TextBlock("No choice, yes-no or rating question is in both editions (same id and type), so there is nothing to compare."));
        }
        foreach (var q in view.Questions)
        {
            body.Add(new TextBlock($"{q.Number}. {q.Prompt}") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.Add(new TextBlock($"{q.PreviousAnswered} answered last edition · {q.Answered} this edition") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            body.Add(Row("", "Last", "This", "Change", subtle: true));
            foreach (var row in q.Rows)
            {
                var change = Math.Round(row.Share * 100) - Math.Round(row.PreviousShare * 100);
                body.Add(Row(row.Label, $"{Percent(row.PreviousShare)} ({row.PreviousCount})", $"{Percent(row.Share)} ({row.Count})",
                    change == 0 ? "=" : change.ToString("+0;-0", CultureInfo.InvariantCulture) + " pts", subtle: false));
            }
        }
        if (view.NotCompared.Count > 0)
        {
            body.Add(new TextBlock($"Not in the last edition with the same id and type, so not compared: question{(view.NotCompared.Count == 1 ? "" : "s")} " +
                string.Join(", ", view.NotCompared.Select(n => n.ToString(CultureInfo.InvariantCulture))) + ".")
            { IsSubtle = true, Size = TextSize.Small, Separator = true });
        }
        var actions = new List<CardAction>();
        if (view.Part > 0)
        {
            actions.Add(Page("Previous questions", view, view.Part - 1));
        }
        if (view.Part + 1 < view.Parts)
        {
            actions.Add(Page("Next questions", view, view.Part + 1));
        }
        actions.Add(CardVerb.Button("Results", SurveyVerbs.Results, (SurveyVerbs.SurveyKey, view.SurveyId)) with { AssociatedInputs = "none" });
        return new AdaptiveCard(body, actions) { FallbackText = $"Year on year: {view.Title}" };
    }

    private static ColumnSet Row(string label, string last, string now, string change, bool subtle) => new(
    [
        new Column([new TextBlock(label) { Size = TextSize.Small }], "2"),
        new Column([new TextBlock(last) { Size = TextSize.Small, IsSubtle = subtle }], "1"),
        new Column([new TextBlock(now) { Size = TextSize.Small, IsSubtle = subtle, Weight = subtle ? null : TextWeight.Bolder }], "1"),
        new Column([new TextBlock(change) { Size = TextSize.Small, IsSubtle = true }], "1"),
    ])
    { Spacing = Spacing.None };

    private static string Responses(int n) => n == 1 ? "1 response" : $"{n.ToString(CultureInfo.InvariantCulture)} responses";

    private static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";

    private static SubmitAction Page(string title, YearOnYearView view, int part) =>
        CardVerb.Button(title, SurveyVerbs.Compare, (SurveyVerbs.SurveyKey, view.SurveyId), (SurveyVerbs.PartKey, part.ToString(CultureInfo.InvariantCulture)))
            with
        { AssociatedInputs = "none" };
}
