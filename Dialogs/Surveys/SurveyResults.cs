using System.Globalization;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

/// <summary>Tallies a survey's responses (read in one partition query) into the results card's view.</summary>
public static class SurveyResults
{
    public const int TextsPerPage = 5;

    /// <summary>How much of a card one part of the results may fill: a bar counts 1, a free-text answer 2, a question 2.</summary>
    public const int PartBudget = 90;

    public static ResultsView Build(Survey survey, IReadOnlyList<SurveyResponse> responses, int page, DateTimeOffset asOf, int part = 0)
    {
        var complete = responses.Count(r => r.Complete);
        var inProgress = responses.Count(r => !r.Complete && r.Answers.Values.Any(v => v.Length > 0));
        var maxTexts = 0;
        var questions = new List<QuestionResult>();
        var counted = responses.Where(r => r.Complete || r.Answers.Values.Any(v => v.Length > 0)).ToList();
        for (var i = 0; i < survey.Questions.Count; i++)
        {
            var field = survey.Questions[i];
            var answers = counted.Select(r => r.Answers.GetValueOrDefault(field.Id) ?? "").Where(v => v.Length > 0).ToList();
            questions.Add(Question(i + 1, field, answers, page, ref maxTexts));
        }
        var pages = Math.Max(1, (maxTexts + TextsPerPage - 1) / TextsPerPage);
        var parts = Parts(questions);
        part = Math.Clamp(part, 0, parts.Count - 1);
        return new ResultsView(survey.Id, survey.Title, StatusText(survey), survey.Anonymous, Math.Max(survey.Invited, complete), complete,
            inProgress, parts[part], Math.Clamp(page, 0, pages - 1), pages, AsOf: asOf)
        {
            Part = part,
            Parts = parts.Count,
            QuestionCount = questions.Count,
        };
    }

    // Long surveys are shown a few questions at a time, so the card stays well under Teams' 80 KB.
    private static List<List<QuestionResult>> Parts(List<QuestionResult> questions)
    {
        var parts = new List<List<QuestionResult>> { new() };
        var used = 0;
        foreach (var q in questions)
        {
            var cost = 2 + q.Rows.Count + 2 * q.Texts.Count;
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
        var s => s.ToString(),
    };

    private static QuestionResult Question(int number, FormField field, List<string> answers, int page, ref int maxTexts)
    {
        switch (field.Type)
        {
            case FieldType.SingleChoice or FieldType.MultiChoice:
                var picks = answers.SelectMany(a => a.Split(AnswerParser.MultiSeparator)).CountBy(p => p).ToDictionary();
                return new(number, field.Prompt, answers.Count, [.. field.Choices.Select(c => Row(c, picks.GetValueOrDefault(c), answers.Count))], null, []);
            case FieldType.Rating:
                var stars = answers.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
                var byStars = stars.CountBy(s => s).ToDictionary();
                var average = stars.Count == 0 ? null : $"average {stars.Average().ToString("0.0", CultureInfo.InvariantCulture)} / 5";
                return new(number, field.Prompt, answers.Count, [.. Enumerable.Range(1, 5).Reverse().Select(n => Row($"{n} ★", byStars.GetValueOrDefault(n), stars.Count))], average, []);
            case FieldType.YesNo:
                return new(number, field.Prompt, answers.Count, [Row("Yes", answers.Count(a => a == "yes"), answers.Count), Row("No", answers.Count(a => a == "no"), answers.Count)], null, []);
            case FieldType.Number:
                var numbers = answers.Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToList();
                var summary = numbers.Count == 0 ? null : string.Create(CultureInfo.InvariantCulture,
                    $"average {numbers.Average():0.##}, lowest {numbers.Min():0.##}, highest {numbers.Max():0.##}");
                return new(number, field.Prompt, answers.Count, [], summary, []);
            case FieldType.Date:
                var dates = answers.Order(StringComparer.Ordinal).ToList();
                return new(number, field.Prompt, answers.Count, [], dates.Count == 0 ? null : $"earliest {dates[0]}, latest {dates[^1]}", []);
            default:
                maxTexts = Math.Max(maxTexts, answers.Count);
                // Newest pages last: answers in stored order (by respondent key), a page at a time.
                var texts = answers.Skip(page * TextsPerPage).Take(TextsPerPage).Select(t => t.Length > 500 ? t[..500] + "…" : t).ToList();
                return new(number, field.Prompt, answers.Count, [], null, texts, answers.Count);
        }
    }

    private static TallyRow Row(string label, int count, int total) => new(label, count, total == 0 ? 0 : (double)count / total);
}
