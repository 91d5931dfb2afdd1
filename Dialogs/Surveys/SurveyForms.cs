using CollabBot.Cards.Model;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Surveys;

/// <summary>Surveys as forms: who may answer, and the response row where answers go (with the member's confirmed user group).</summary>
public sealed class SurveyForms(ISurveyStore store, RespondentKeys keys, TimeProvider clock, IStringLocalizer<SurveyTexts> texts, CloseAtResponses limit,
    SurveyAudiences audiences, FormCards cards, IStringLocalizer<SurveyResultsTexts> resultsTexts) : IFormOwner
{
    public const string FormKind = "survey";

    public string Kind => FormKind;

    public string FindAgain => texts["FindAgain"];

    /// <summary>The survey as a form, its note in the turn's language.</summary>
    public FormDefinition Definition(Survey survey) =>
        new(survey.Id, survey.Title, survey.Intro, survey.Questions) { Note = survey.Anonymous ? texts["AnonymousNote"].Value : null };

    public async Task<(FormDefinition? Form, string? Refusal)> OpenForAsync(Member member, string formId, CancellationToken cancellationToken)
    {
        var survey = await store.FindAsync(formId, cancellationToken);
        var followed = await audiences.FollowedAsync(member, [survey], cancellationToken);
        return Check(survey, member, followed, clock.GetUtcNow()) is { } refusal ? (null, refusal) : (Definition(survey!), null);
    }

    /// <summary>Why the member cannot answer the survey now, or null when they can.</summary>
    /// <param name="followed">The products the member follows (<see cref="SurveyAudiences.FollowedAsync"/>).</param>
    public string? Check(Survey? survey, Member member, IReadOnlyCollection<string> followed, DateTimeOffset now) => survey switch
    {
        null => texts["CantFindSurvey"].Value,
        { Status: SurveyStatus.Draft or SurveyStatus.Scheduled } => texts["SurveyNotOpen", survey.Title].Value,
        { Status: SurveyStatus.Closed } => texts["SurveyClosed", survey.Title].Value,
        { Deadline: { } deadline } when deadline <= now => texts["SurveyPastDeadline", survey.Title, SurveyDates.Deadline(deadline)].Value,
        _ when !survey.IsFor(member, followed) => NotInAudience(survey, texts),
        _ => null,
    };

    /// <summary>Whom the survey is for, said to a member who is not among them.</summary>
    public static string NotInAudience(Survey survey, IStringLocalizer<SurveyTexts> texts) => survey.AudienceKind switch
    {
        SurveyAudienceKind.Followers => texts["SurveyForFollowers", survey.Title, string.Join(", ", survey.Products.Select(p => p.Name))].Value,
        SurveyAudienceKind.Members => texts["SurveyForInvited", survey.Title].Value,
        _ => texts["SurveyForOthers", survey.Title, string.Join(", ", survey.Audience)].Value,
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

    /// <summary>The engine's summary, with "See results" when staff share them now, or when they will be shared.</summary>
    public async Task<bool> AnswerCompletedAsync(Turn turn, FormDefinition form, FormAnswers answers, bool inPlace, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(form.Id, cancellationToken) is not { ShareResults: not SurveySharing.No } survey)
        {
            return false;
        }
        var summary = cards.Summary(this, form, answers);
        var followed = await audiences.FollowedAsync(turn.Sender, [survey], cancellationToken);
        summary = SharedResults.For(survey, turn.Sender, followed, complete: true, clock.GetUtcNow())
            ? summary with { Actions = [.. summary.Actions ?? [], SeeResults(survey.Id)] }
            : summary with { Body = [.. summary.Body, new TextBlock(resultsTexts["WhenClosed"]) { IsSubtle = true }] };
        if (inPlace)
        {
            turn.Replace(summary);
        }
        else
        {
            turn.Show(summary);
        }
        return true;
    }

    private SubmitAction SeeResults(string surveyId) =>
        CardVerb.Button(texts["SeeResults"], SurveyVerbs.SeeResults, (SurveyVerbs.SurveyKey, surveyId)) with { AssociatedInputs = "none" };

    public Task CompleteAsync(Member member, string formId, CancellationToken cancellationToken) =>
        SaveAsync(member, formId, new Dictionary<string, string>(), complete: true, cancellationToken);

    private async Task SaveAsync(Member member, string formId, IReadOnlyDictionary<string, string> answers, bool complete, CancellationToken cancellationToken)
    {
        var survey = await store.FindAsync(formId, cancellationToken) ?? throw new InvalidOperationException($"Survey {formId} is gone.");
        await store.SaveAnswersAsync(survey, keys.For(survey, member.Id), survey.Anonymous ? null : member.Id, member.UserGroup, answers, complete,
            clock.GetUtcNow(), cancellationToken);
        if (complete)
        {
            await limit.CompletedAsync(survey, cancellationToken);
        }
    }
}
