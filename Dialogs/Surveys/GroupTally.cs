using System.Globalization;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// Counts responses per user group as they stream from the partition read, for the breakdown by group: per group only
/// its respondents and, per question with choices (or a number), the picks and their sum. Memory grows with the groups,
/// not the responses. What may be shown of them is <see cref="GroupPlan"/>'s to say.
/// </summary>
public sealed class GroupTally
{
    private readonly Survey survey;
    private readonly FormDefinition? branching;
    private readonly Dictionary<string, Counts> groups = new(StringComparer.OrdinalIgnoreCase);

    public GroupTally(Survey survey)
    {
        this.survey = survey;
        branching = survey.AsForm() is { HasConditions: true } form ? form : null;
    }

    /// <summary>Questions broken down by group: free text and dates are not (their answers say too much, or nothing summable).</summary>
    public static bool BreaksDown(FieldType type) =>
        type is FieldType.SingleChoice or FieldType.MultiChoice or FieldType.YesNo or FieldType.Rating or FieldType.Number;

    /// <summary>Respondents per group; the key "" stands for members without a confirmed group.</summary>
    public IReadOnlyDictionary<string, int> Sizes => groups.ToDictionary(g => g.Key, g => g.Value.Respondents, StringComparer.OrdinalIgnoreCase);

    public void Add(SurveyResponse response)
    {
        if (!ResultsTally.Counts(response))
        {
            return;
        }
        var key = response.UserGroup ?? "";
        if (!groups.TryGetValue(key, out var counts))
        {
            groups[key] = counts = new Counts(survey.Questions.Count);
        }
        counts.Respondents++;
        var states = branching?.States(new FormAnswers(response.Answers, response.Complete));
        for (var i = 0; i < survey.Questions.Count; i++)
        {
            var question = survey.Questions[i];
            if (!BreaksDown(question.Type) || (states is not null && states[i] != Visibility.Shown)
                || !response.Answers.TryGetValue(question.Id, out var answer) || answer.Length == 0)
            {
                continue;
            }
            counts.Add(i, question.Type, answer);
        }
    }

    /// <summary>Every question broken down, one column per column of the plan.</summary>
    public List<GroupQuestion> Questions(GroupPlan plan)
    {
        var columns = plan.Columns.Select(c => Merged(c.Groups)).ToList();
        var result = new List<GroupQuestion>();
        for (var i = 0; i < survey.Questions.Count; i++)
        {
            var question = survey.Questions[i];
            if (!BreaksDown(question.Type))
            {
                continue;
            }
            var index = i;
            GroupRow Row(string label, string? key) =>
                new(label, [.. columns.Select(c => new GroupCell(key is null ? 0 : c.Picks[index].GetValueOrDefault(key), c.Answered[index]))]);
            GroupRow Figure(string label, Func<Counts, string> figure) => new(label, [.. columns.Select(c => new GroupCell(0, 0, figure(c)))]);
            var rows = new List<GroupRow> { Figure("Answered", c => c.Answered[index].ToString(CultureInfo.InvariantCulture)) };
            switch (question.Type)
            {
                case FieldType.SingleChoice or FieldType.MultiChoice:
                    rows.AddRange(question.Choices.Select(choice => Row(choice, choice)));
                    break;
                case FieldType.YesNo:
                    rows.Add(Row("Yes", "yes"));
                    rows.Add(Row("No", "no"));
                    break;
                case FieldType.Rating:
                    rows.AddRange(Enumerable.Range(1, 5).Reverse().Select(n => Row($"{n} ★", n.ToString(CultureInfo.InvariantCulture))));
                    rows.Add(Figure("Average", c => Average(c, index, "0.0")));
                    break;
                default:
                    rows.Add(Figure("Average", c => Average(c, index, "0.##")));
                    break;
            }
            result.Add(new GroupQuestion(i + 1, question.Prompt, rows));
        }
        return result;
    }

    private static string Average(Counts counts, int question, string format) =>
        counts.Answered[question] == 0 ? "–" : (counts.Sums[question] / counts.Answered[question]).ToString(format, CultureInfo.InvariantCulture);

    private Counts Merged(IReadOnlyList<string?> named)
    {
        var merged = new Counts(survey.Questions.Count);
        foreach (var group in named)
        {
            if (groups.TryGetValue(group ?? "", out var counts))
            {
                merged.Add(counts);
            }
        }
        return merged;
    }

    private sealed class Counts(int questions)
    {
        public int Respondents { get; set; }

        public int[] Answered { get; } = new int[questions];

        public double[] Sums { get; } = new double[questions];

        public Dictionary<string, int>[] Picks { get; } = [.. Enumerable.Range(0, questions).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];

        public void Add(int question, FieldType type, string answer)
        {
            Answered[question]++;
            if (type is FieldType.Number or FieldType.Rating && double.TryParse(answer, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                Sums[question] += number;
            }
            if (type == FieldType.Number)
            {
                return;
            }
            foreach (var pick in type == FieldType.MultiChoice ? answer.Split(AnswerParser.MultiSeparator) : [answer])
            {
                Picks[question][pick] = Picks[question].GetValueOrDefault(pick) + 1;
            }
        }

        public void Add(Counts other)
        {
            Respondents += other.Respondents;
            for (var q = 0; q < Answered.Length; q++)
            {
                Answered[q] += other.Answered[q];
                Sums[q] += other.Sums[q];
                foreach (var (pick, count) in other.Picks[q])
                {
                    Picks[q][pick] = Picks[q].GetValueOrDefault(pick) + count;
                }
            }
        }
    }
}
