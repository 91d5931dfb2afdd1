using System.Globalization;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// Counts a survey's responses one at a time, as they stream from the partition read, keeping only the
/// tallies and the page of free-text answers shown: memory does not grow with the number of responses.
/// </summary>
public sealed class ResultsTally
{
    private readonly Survey survey;
    private readonly FormDefinition? branching;
    private readonly int page;
    private readonly QuestionTally[] questions;
    private int complete;
    private int inProgress;

    public ResultsTally(Survey survey, int page)
    {
        this.survey = survey;
        this.page = Math.Max(0, page);
        questions = [.. survey.Questions.Select(q => new QuestionTally(q))];
        branching = survey.AsForm() is { HasConditions: true } form ? form : null;
    }

    /// <summary>Respondents counted: those who finished and those who gave at least one answer.</summary>
    public int Respondents => complete + inProgress;

    /// <summary>Whether a response counts at all: finished, or at least one answer given.</summary>
    public static bool Counts(SurveyResponse response)
    {
        if (response.Complete)
        {
            return true;
        }
        foreach (var value in response.Answers.Values)
        {
            if (value.Length > 0)
            {
                return true;
            }
        }
        return false;
    }

    public void Add(SurveyResponse response)
    {
        if (!Counts(response))
        {
            return;
        }
        if (response.Complete)
        {
            complete++;
        }
        else
        {
            inProgress++;
        }
        // A question asked only on a condition counts the respondents it was asked; an answer left from before an
        // earlier answer changed (it is no longer asked) is not counted.
        var states = branching?.States(new FormAnswers(response.Answers, response.Complete));
        for (var i = 0; i < questions.Length; i++)
        {
            var question = questions[i];
            if (states is not null && states[i] != Visibility.Shown)
            {
                continue;
            }
            question.ShownTo++;
            if (response.Answers.TryGetValue(question.Field.Id, out var answer) && answer.Length > 0)
            {
                question.Add(answer, page);
            }
        }
    }

    /// <summary>Every question's result, in order.</summary>
    public List<QuestionResult> Results() => [.. questions.Select((q, i) => q.ToResult(i + 1) with { Condition = ConditionText(q.Field) })];

    public ResultsView ToView(DateTimeOffset asOf, int part)
    {
        var results = Results();
        var maxTexts = questions.Where(q => q.IsFreeText).Select(q => q.Answered).DefaultIfEmpty(0).Max();
        var pages = Math.Max(1, (maxTexts + SurveyResults.TextsPerPage - 1) / SurveyResults.TextsPerPage);
        var parts = SurveyResults.Parts(results);
        part = Math.Clamp(part, 0, parts.Count - 1);
        return new ResultsView(survey.Id, survey.Title, SurveyResults.StatusText(survey), survey.Anonymous, Math.Max(survey.Invited, complete),
            complete, inProgress, parts[part], Math.Clamp(page, 0, pages - 1), pages, AsOf: asOf)
        {
            Part = part,
            Parts = parts.Count,
            QuestionCount = results.Count,
        };
    }

    /// <summary>"only if question 1 is PATENTSCOPE or WIPO Lex" (yes-no answers as Yes and No).</summary>
    private string? ConditionText(FormField field)
    {
        if (field.ShowIf is not { } condition)
        {
            return null;
        }
        var decider = survey.Questions.ToList().FindIndex(q => q.Id == condition.FieldId);
        var values = condition.AnyOf.Select(v => v switch { "yes" => "Yes", "no" => "No", _ => v });
        return $"only if question {(decider + 1).ToString(CultureInfo.InvariantCulture)} is {string.Join(" or ", values)}";
    }

    private sealed class QuestionTally(FormField question)
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
        private readonly List<string> texts = [];
        private double sum;
        private double min = double.MaxValue;
        private double max = double.MinValue;
        private string? earliest;
        private string? latest;

        public FormField Field => question;

        public int Answered { get; private set; }

        /// <summary>Respondents who were asked this question (all of them, unless it has a condition).</summary>
        public int ShownTo { get; set; }

        public bool IsFreeText => question.Type is not (FieldType.SingleChoice or FieldType.MultiChoice or FieldType.Rating
            or FieldType.YesNo or FieldType.Number or FieldType.Date);

        public void Add(string answer, int page)
        {
            Answered++;
            switch (question.Type)
            {
                case FieldType.SingleChoice or FieldType.MultiChoice:
                    foreach (var pick in answer.Split(AnswerParser.MultiSeparator))
                    {
                        counts[pick] = counts.GetValueOrDefault(pick) + 1;
                    }
                    break;
                case FieldType.Rating or FieldType.YesNo:
                    counts[answer] = counts.GetValueOrDefault(answer) + 1;
                    if (question.Type == FieldType.Rating)
                    {
                        sum += int.Parse(answer, CultureInfo.InvariantCulture);
                    }
                    break;
                case FieldType.Number:
                    var number = double.Parse(answer, CultureInfo.InvariantCulture);
                    (sum, min, max) = (sum + number, Math.Min(min, number), Math.Max(max, number));
                    break;
                case FieldType.Date:
                    earliest = earliest is null || string.CompareOrdinal(answer, earliest) < 0 ? answer : earliest;
                    latest = latest is null || string.CompareOrdinal(answer, latest) > 0 ? answer : latest;
                    break;
                default:
                    // Answers in stored order (by respondent key), a page at a time.
                    if (Answered > page * SurveyResults.TextsPerPage && texts.Count < SurveyResults.TextsPerPage)
                    {
                        texts.Add(answer.Length > 500 ? answer[..500] + "…" : answer);
                    }
                    break;
            }
        }

        public QuestionResult ToResult(int number) => Result(number) with { ShownTo = question.ShowIf is null ? null : ShownTo };

        private QuestionResult Result(int number)
        {
            var prompt = question.Prompt;
            return question.Type switch
            {
                FieldType.SingleChoice or FieldType.MultiChoice =>
                    new(number, prompt, Answered, [.. question.Choices.Select(c => Row(c, counts.GetValueOrDefault(c), Answered))], null, []),
                FieldType.Rating => new(number, prompt, Answered,
                    [.. Enumerable.Range(1, 5).Reverse().Select(n => Row($"{n} ★", counts.GetValueOrDefault(n.ToString(CultureInfo.InvariantCulture)), Answered))],
                    Answered == 0 ? null : $"average {(sum / Answered).ToString("0.0", CultureInfo.InvariantCulture)} / 5", []),
                FieldType.YesNo => new(number, prompt, Answered,
                    [Row("Yes", counts.GetValueOrDefault("yes"), Answered), Row("No", counts.GetValueOrDefault("no"), Answered)], null, []),
                FieldType.Number => new(number, prompt, Answered, [], Answered == 0 ? null : string.Create(CultureInfo.InvariantCulture,
                    $"average {sum / Answered:0.##}, lowest {min:0.##}, highest {max:0.##}"), []),
                FieldType.Date => new(number, prompt, Answered, [], earliest is null ? null : $"earliest {earliest}, latest {latest}", []),
                _ => new(number, prompt, Answered, [], null, texts, Answered),
            };
        }

        private static TallyRow Row(string label, int count, int total) => new(label, count, total == 0 ? 0 : (double)count / total);
    }
}
