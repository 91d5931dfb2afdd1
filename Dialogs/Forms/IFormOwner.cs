using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Forms;

/// <summary>
/// The feature a form belongs to (surveys; later nominations and questions): it finds the definition and keeps
/// the answers. One response per respondent per form, one answer per question: every write is idempotent.
/// </summary>
public interface IFormOwner
{
    string Kind { get; }

    /// <summary>
    /// Where the member finds their forms of this kind again, said in the turn's language after "later", "cancel"
    /// and the like ("You'll find it under **my surveys** until it closes."). The form engine names no kind of form.
    /// </summary>
    string FindAgain { get; }

    /// <summary>The form, when the member may still answer it; otherwise null and why not.</summary>
    Task<(FormDefinition? Form, string? Refusal)> OpenForAsync(Member member, string formId, CancellationToken cancellationToken);

    Task<FormAnswers> LoadAnswersAsync(Member member, string formId, CancellationToken cancellationToken);

    /// <summary>Records one answer (empty to clear it); writing the same answer twice changes nothing.</summary>
    Task SaveAnswerAsync(Member member, string formId, string fieldId, string value, CancellationToken cancellationToken);

    /// <summary>Records all answers at once (the one-card path) and marks the response complete.</summary>
    Task SaveAllAsync(Member member, string formId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken);

    Task CompleteAsync(Member member, string formId, CancellationToken cancellationToken);

    /// <summary>
    /// What the owner says once the form is complete (by either path), instead of the engine's summary of the answers:
    /// false lets the engine show the summary. <paramref name="inPlace"/>: the form's card is to be replaced.
    /// </summary>
    Task<bool> AnswerCompletedAsync(Turn turn, FormDefinition form, FormAnswers answers, bool inPlace, CancellationToken cancellationToken);
}

/// <summary>A respondent's answers, by field id, and whether they finished.</summary>
public sealed record FormAnswers(IReadOnlyDictionary<string, string> Values, bool Complete)
{
    public static readonly FormAnswers None = new(new Dictionary<string, string>(), false);

    public string? this[string fieldId] => Values.TryGetValue(fieldId, out var v) && v.Length > 0 ? v : null;

    /// <summary>These answers with one more, as stored after saving it (saves no second read).</summary>
    public FormAnswers With(string fieldId, string value) =>
        this with { Values = new Dictionary<string, string>(Values) { [fieldId] = value } };
}
