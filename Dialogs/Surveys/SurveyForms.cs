using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

/// <summary>Surveys as forms: who may answer, and the response row where answers go.</summary>
public sealed class SurveyForms(ISurveyStore store, RespondentKeys keys, TimeProvider clock) : IFormOwner
{
    public const string FormKind = "survey";

    public const string AnonymousNote = "This survey is anonymous: your answers are stored without your name, and WIPO staff cannot tell who said what.";

    public string Kind => FormKind;

    public async Task<(FormDefinition? Form, string? Refusal)> OpenForAsync(Member member, string formId, CancellationToken cancellationToken)
    {
        var survey = await store.FindAsync(formId, cancellationToken);
        return Check(survey, member, clock.GetUtcNow()) is { } refusal ? (null, refusal) : (survey!.Form, null);
    }

    public static string? Check(Survey? survey, Member member, DateTimeOffset now) => survey switch
    {
        null => "I can't find that survey.",
        { Status: SurveyStatus.Draft } => $"The survey \"{survey.Title}\" is not open yet.",
        { Status: SurveyStatus.Closed } => $"The survey \"{survey.Title}\" has closed, so answers can no longer be given or changed.",
        { Deadline: { } deadline } when deadline <= now => $"The survey \"{survey.Title}\" closed at its deadline ({deadline:yyyy-MM-dd HH:mm} UTC).",
        _ when !survey.IsFor(member) => $"The survey \"{survey.Title}\" is for members of {survey.AudienceText}.",
        _ => null,
    };

    public async Task<FormAnswers> LoadAnswersAsync(Member member, string formId, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(formId, cancellationToken) is not { } survey)
        {
            return FormAnswers.None;
        }
        var response = await store.FindResponseAsync(survey, keys.For(survey, member.Id), cancellationToken);
        return response is null ? FormAnswers.None : new FormAnswers(response.Answers, response.Complete);
    }

    public Task SaveAnswerAsync(Member member, string formId, string fieldId, string value, CancellationToken cancellationToken) =>
        SaveAsync(member, formId, new Dictionary<string, string> { [fieldId] = value }, complete: false, cancellationToken);

    public Task SaveAllAsync(Member member, string formId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken) =>
        SaveAsync(member, formId, answers, complete: true, cancellationToken);

    public Task CompleteAsync(Member member, string formId, CancellationToken cancellationToken) =>
        SaveAsync(member, formId, new Dictionary<string, string>(), complete: true, cancellationToken);

    private async Task SaveAsync(Member member, string formId, IReadOnlyDictionary<string, string> answers, bool complete, CancellationToken cancellationToken)
    {
        var survey = await store.FindAsync(formId, cancellationToken) ?? throw new InvalidOperationException($"Survey {formId} is gone.");
        await store.SaveAnswersAsync(survey, keys.For(survey, member.Id), survey.Anonymous ? null : member.Id, answers, complete,
            clock.GetUtcNow(), cancellationToken);
    }
}
