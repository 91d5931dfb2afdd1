namespace CollabBot.Cards.Forms;

/// <summary>How a question is answered on a card.</summary>
public enum FormInputKind
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

/// <summary>One question, asked step by step.</summary>
/// <param name="Number">1-based position, for "question 3 of 8".</param>
/// <param name="CurrentAnswer">What the member answered before (after "back", or when resuming), as shown.</param>
public sealed record QuestionView(
    string Kind,
    string FormId,
    string Title,
    string FieldId,
    string Prompt,
    FormInputKind Input,
    IReadOnlyList<string> Choices,
    int Number,
    int Count,
    bool Required,
    string Hint,
    string? CurrentAnswer = null);

/// <summary>A field of the all-in-one card; <paramref name="Value"/> is the stored answer in card input form.</summary>
public sealed record FormCardField(string Id, string Prompt, FormInputKind Input, IReadOnlyList<string> Choices, bool Required)
{
    public string? Value { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public int? MaxLength { get; init; }

    /// <summary>When the question applies ("Only if you chose PATENTSCOPE in question 1."): shown under it, and the
    /// card does not require it (the server does, when it applies).</summary>
    public string? Condition { get; init; }
}

/// <param name="Preview">Staff preview: shown as members see it, without the send button.</param>
/// <param name="Problems">Why the last submit was refused, one line per question.</param>
public sealed record FormCardView(
    string Kind,
    string FormId,
    string Title,
    string Intro,
    IReadOnlyList<FormCardField> Fields,
    bool Preview = false,
    string? Note = null,
    IReadOnlyList<string>? Problems = null);

/// <summary>What was recorded, question by question.</summary>
public sealed record FormSummaryView(
    string Kind,
    string FormId,
    string Title,
    IReadOnlyList<(string Prompt, string Answer)> Answers,
    bool Complete,
    bool CanChange,
    string? Note = null);

/// <summary>Offered after an interruption or "later": pick the form up where it was left.</summary>
public sealed record ContinueView(string Kind, string FormId, string Title, int Number, int Count);

/// <summary>The fixed texts of the form cards, in the member's language; the cards fill in their placeholders.</summary>
public sealed record FormLabels
{
    /// <summary>{0}: the question's number; {1}: how many there are.</summary>
    public required string QuestionOf { get; init; }
    public required string Optional { get; init; }
    /// <summary>{0}: the answer as shown.</summary>
    public required string AnswerSoFar { get; init; }
    public required string ChooseOne { get; init; }
    public required string ChooseSeveral { get; init; }
    public required string ChooseAtLeastOne { get; init; }
    public required string NeedsAnswer { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string RatingPoor { get; init; }
    public required string RatingExcellent { get; init; }
    public required string Next { get; init; }
    public required string Back { get; init; }
    public required string Skip { get; init; }
    public required string Later { get; init; }
    public required string Cancel { get; init; }
    public required string Continue { get; init; }
    public required string Preview { get; init; }
    public required string CheckAnswers { get; init; }
    public required string SendAnswers { get; init; }
    public required string Recorded { get; init; }
    public required string AnswersSoFar { get; init; }
    public required string ChangeAnswers { get; init; }
    /// <summary>{0}: the form's title; {1}: the question's number; {2}: how many there are.</summary>
    public required string ContinueQuestion { get; init; }
    public required string ContinueHint { get; init; }
}
