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
