using System.Globalization;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

/// <summary>Tallies a survey's responses (read in one partition query) into the results card's view (see <see cref="ResultsTally"/>).</summary>
public static class SurveyResults
{
    public const int TextsPerPage = 5;

    /// <summary>How much of a card one part of the results may fill: a bar counts 1, a free-text answer 2, a question 2.</summary>
    public const int PartBudget = 90;

    public static ResultsView Build(Survey survey, IEnumerable<SurveyResponse> responses, int page, DateTimeOffset asOf, int part = 0)
    {
        var tally = new ResultsTally(survey, page);
        foreach (var response in responses)
        {
            tally.Add(response);
        }
        return tally.ToView(asOf, part);
    }

    /// <summary>Tallies responses as they arrive from the store, without holding them all.</summary>
    public static async Task<ResultsView> BuildAsync(Survey survey, IAsyncEnumerable<SurveyResponse> responses, int page, DateTimeOffset asOf,
        int part, CancellationToken cancellationToken)
    {
        var tally = new ResultsTally(survey, page);
        await foreach (var response in responses.WithCancellation(cancellationToken))
        {
            tally.Add(response);
        }
        return tally.ToView(asOf, part);
    }

    // Long surveys are shown a few questions at a time, so the card stays well under Teams' 80 KB.
    internal static List<List<QuestionResult>> Parts(List<QuestionResult> questions) => Parts(questions, q => 2 + q.Rows.Count + 2 * q.Texts.Count);

    /// <summary>Items cut into parts of at most <see cref="PartBudget"/> (an item costing more has a part of its own).</summary>
    internal static List<List<T>> Parts<T>(IEnumerable<T> items, Func<T, int> costOf)
    {
        var parts = new List<List<T>> { new() };
        var used = 0;
        foreach (var q in items)
        {
            var cost = costOf(q);
            if (used + cost > PartBudget && parts[^1].Count > 0)
            {
                parts.Add([]);
                used = 0;
            }
            parts[^1].Add(q);
            used += cost;
        }
        return parts;
    }

    public static string StatusText(Survey survey) => survey.Status switch
    {
        SurveyStatus.Open when survey.Deadline is { } d => $"Open until {d:yyyy-MM-dd HH:mm} UTC",
        SurveyStatus.Closed when survey.ClosedAt is { } c => $"Closed {c:yyyy-MM-dd HH:mm} UTC",
        SurveyStatus.Scheduled when survey.Opens is { } o => $"Scheduled to open {o:yyyy-MM-dd HH:mm} UTC",
        var s => s.ToString(),
    };

}
