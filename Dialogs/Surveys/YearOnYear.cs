using System.Globalization;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// Two editions of a recurring survey side by side: each tallied as its results card tallies it (<see cref="ResultsTally"/>,
/// branching included), then, for each choice, yes-no or rating question of this edition that the previous one has with the
/// same id and type, both editions' shares of each answer.
/// </summary>
public static class YearOnYear
{
    public static async Task<YearOnYearView> BuildAsync(Survey previous, Survey current, IAsyncEnumerable<SurveyResponse> previousResponses,
        IAsyncEnumerable<SurveyResponse> currentResponses, int part, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var last = await TallyAsync(previous, previousResponses, asOf, cancellationToken);
        var now = await TallyAsync(current, currentResponses, asOf, cancellationToken);
        return Compare(previous, current, last, now, part, asOf);
    }

    public static YearOnYearView Compare(Survey previous, Survey current, Tally last, Tally now, int part, DateTimeOffset asOf)
    {
        var compared = new List<EditionQuestion>();
        var notCompared = new List<int>();
        for (var i = 0; i < current.Questions.Count; i++)
        {
            var question = current.Questions[i];
            if (!IsChoice(question.Type))
            {
                continue;
            }
            var before = previous.Questions.FirstOrDefault(q => q.Id == question.Id && q.Type == question.Type);
            if (before is null || !last.Results.TryGetValue(before.Id, out var then) || !now.Results.TryGetValue(question.Id, out var result))
            {
                notCompared.Add(i + 1);
                continue;
            }
            compared.Add(new EditionQuestion(i + 1, question.Prompt, then.Answered, result.Answered, Rows(then, result)));
        }
        // Cut as the results card is: a question counts 3, a row 1.
        var parts = SurveyResults.Parts(compared, q => 3 + q.Rows.Count);
        part = Math.Clamp(part, 0, parts.Count - 1);
        return new YearOnYearView(current.Id, current.Title, previous.Title, last.Complete, now.Complete, parts[part], notCompared, asOf)
        {
            Part = part,
            Parts = parts.Count,
        };
    }

    /// <summary>This edition's answers in its order, then those only the previous edition offered.</summary>
    private static List<EditionRow> Rows(QuestionResult then, QuestionResult now)
    {
        var rows = new List<EditionRow>();
        foreach (var row in now.Rows)
        {
            var before = then.Rows.FirstOrDefault(r => string.Equals(r.Label, row.Label, StringComparison.OrdinalIgnoreCase));
            rows.Add(new EditionRow(row.Label, before?.Count ?? 0, before?.Share ?? 0, row.Count, row.Share));
        }
        foreach (var before in then.Rows.Where(r => !now.Rows.Any(n => string.Equals(n.Label, r.Label, StringComparison.OrdinalIgnoreCase))))
        {
            rows.Add(new EditionRow(before.Label, before.Count, before.Share, 0, 0));
        }
        return rows;
    }

    private static bool IsChoice(FieldType type) => type is FieldType.SingleChoice or FieldType.MultiChoice or FieldType.YesNo or FieldType.Rating;

    /// <summary>One edition's results by question id, and its complete responses.</summary>
    public sealed record Tally(IReadOnlyDictionary<string, QuestionResult> Results, int Complete);

    public static async Task<Tally> TallyAsync(Survey survey, IAsyncEnumerable<SurveyResponse> responses, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var tally = new ResultsTally(survey, 0);
        await foreach (var response in responses.WithCancellation(cancellationToken))
        {
            tally.Add(response);
        }
        var first = tally.ToView(asOf, 0);
        var results = new List<QuestionResult>(first.Questions);
        for (var p = 1; p < first.Parts; p++)
        {
            results.AddRange(tally.ToView(asOf, p).Questions);
        }
        return new Tally(results.ToDictionary(q => survey.Questions[q.Number - 1].Id, StringComparer.Ordinal), first.Complete);
    }
}

/// <summary>Staff: "compare survey round-table-2026", or "Compare with ..." on its results card.</summary>
public sealed class CompareEditionsOperation(ISurveyStore store, TimeProvider clock) : SurveyOperation(store)
{
    public override CommandInfo Info { get; } = new("survey.compare", Role.Staff, ["compare survey", "compare editions", "year on year"], TakesArgument: true);

    public override string Verb => SurveyVerbs.Compare;

    protected override async Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        if (survey.PreviousEdition is not { } previousId)
        {
            turn.Say($"\"{survey.Title}\" has no previous edition to compare with. A survey made with **next edition** has one.");
            return;
        }
        if (await Store.FindAsync(previousId, cancellationToken) is not { } previous)
        {
            turn.Say($"The previous edition of \"{survey.Title}\", \"{previousId}\", is no longer there.");
            return;
        }
        var part = int.TryParse(submit?[SurveyVerbs.PartKey], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        var view = await YearOnYear.BuildAsync(previous, survey, Store.ReadResponsesAsync(previous.Id, cancellationToken),
            Store.ReadResponsesAsync(survey.Id, cancellationToken), part, clock.GetUtcNow(), cancellationToken);
        var card = YearOnYearCard.Build(view);
        // From the results card: a card of its own beside it; paging through the comparison: in place.
        if (submit?[SurveyVerbs.PartKey] is null)
        {
            turn.Show(card);
        }
        else
        {
            turn.Replace(card);
        }
    }
}
