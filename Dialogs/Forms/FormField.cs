namespace CollabBot.Dialogs.Forms;

/// <summary>The kinds of question a form can ask.</summary>
public enum FieldType
{
    ShortText,
    LongText,
    SingleChoice,
    MultiChoice,
    Rating,
    YesNo,
    Date,
    Number,
    Email,
}

/// <summary>One question of a form.</summary>
/// <param name="Id">Stable id: lower-case letters, digits, "_" and "-"; answers are stored under it.</param>
/// <param name="Choices">The choices of a single- or multi-choice question, in order.</param>
public sealed record FormField(string Id, string Prompt, FieldType Type, bool Required = true)
{
    public IReadOnlyList<string> Choices { get; init; } = [];

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>A date question's earliest day accepted (an event's date: not in the past).</summary>
    public DateOnly? NotBefore { get; init; }

    /// <summary>Longest text answer accepted (long answers are capped so a response fits one table entity).</summary>
    public int MaxLength { get; init; } = DefaultMaxLength(Type);

    /// <summary>Free text: only the control words (back, skip, cancel, help, later) interrupt it.</summary>
    public bool IsFreeText => Type is FieldType.ShortText or FieldType.LongText;

    public const int ShortTextMax = 500;
    public const int LongTextMax = 4000;

    public static int DefaultMaxLength(FieldType type) => type == FieldType.LongText ? LongTextMax : ShortTextMax;

    /// <summary>Asked only when an earlier question's answer matches (branching); null: always asked.</summary>
    public FieldCondition? ShowIf { get; init; }

    /// <summary>Whether a condition can name this question: its answers are among a fixed few.</summary>
    public bool CanDecide => Type is FieldType.SingleChoice or FieldType.MultiChoice or FieldType.YesNo;
}

/// <summary>
/// A question's condition: shown only when the answer to an earlier question <paramref name="FieldId"/> is one of
/// <paramref name="AnyOf"/> (a multi-choice answer: when any of its choices is). Values are stored answers: a choice's
/// text, or "yes"/"no".
/// </summary>
public sealed record FieldCondition(string FieldId, IReadOnlyList<string> AnyOf)
{
    public bool Matches(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return false;
        }
        foreach (var part in stored.Split(AnswerParser.MultiSeparator))
        {
            if (AnyOf.Contains(part, StringComparer.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Whether a question is asked, given a respondent's answers so far.</summary>
public enum Visibility
{
    /// <summary>Asked: it has no condition, or its condition is met.</summary>
    Shown,
    /// <summary>Not asked: its condition is not met (or the question it depends on is itself not asked); any answer to it is ignored.</summary>
    Hidden,
    /// <summary>Not known yet: the question it depends on has not been reached.</summary>
    Undecided,
}

/// <summary>
/// A form: surveys now, nominations and pre-meeting questions later. Its owner builds it for the turn, so its
/// texts are in the member's language.
/// </summary>
public sealed record FormDefinition(string Id, string Title, string Intro, IReadOnlyList<FormField> Fields)
{
    /// <summary>A line shown on the form's cards and summary (e.g. that answers are anonymous).</summary>
    public string? Note { get; init; }

    /// <summary>Going forward, questions already answered (filled in from what the member said) are not asked again.</summary>
    public bool SkipAnswered { get; init; }

    public bool HasConditions => Fields.Any(f => f.ShowIf is not null);

    /// <summary>
    /// Which questions are asked given these answers, in order (a condition names an earlier question). A skipped or
    /// unanswered deciding question hides its dependants once it was passed (its answer is stored, even empty).
    /// </summary>
    public Visibility[] States(FormAnswers answers)
    {
        var states = new Visibility[Fields.Count];
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].ShowIf is not { } condition)
            {
                states[i] = Forms.Visibility.Shown;
                continue;
            }
            var decider = IndexOf(condition.FieldId);
            states[i] = decider < 0 || decider >= i ? Forms.Visibility.Hidden : states[decider] switch
            {
                Forms.Visibility.Shown when !answers.Values.ContainsKey(condition.FieldId) => Forms.Visibility.Undecided,
                Forms.Visibility.Shown => condition.Matches(answers[condition.FieldId]) ? Forms.Visibility.Shown : Forms.Visibility.Hidden,
                var other => other,
            };
        }
        return states;
    }

    /// <summary>
    /// "Question n of m" step by step: m counts the questions asked or still possible (a branch not yet decided
    /// counts; one not taken does not), n the place of this question among them.
    /// </summary>
    public (int Number, int Count) Position(int index, FormAnswers? answers)
    {
        if (answers is null || !HasConditions)
        {
            return (index + 1, Fields.Count);
        }
        var states = States(answers);
        var number = 0;
        var count = 0;
        for (var i = 0; i < states.Length; i++)
        {
            if (states[i] != Forms.Visibility.Hidden || i == index)
            {
                count++;
                number += i <= index ? 1 : 0;
            }
        }
        return (Math.Max(1, number), count);
    }

    /// <summary>These answers without those to questions not asked, as the summary and the results read them.</summary>
    public FormAnswers ShownOnly(FormAnswers answers)
    {
        if (!HasConditions)
        {
            return answers;
        }
        var states = States(answers);
        var kept = new Dictionary<string, string>(answers.Values, StringComparer.Ordinal);
        for (var i = 0; i < states.Length; i++)
        {
            if (states[i] == Forms.Visibility.Hidden)
            {
                kept.Remove(Fields[i].Id);
            }
        }
        return answers with { Values = kept };
    }

    public int IndexOf(string fieldId)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Id == fieldId)
            {
                return i;
            }
        }
        return -1;
    }
}
