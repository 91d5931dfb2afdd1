using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// When members see a survey's results (its "shareResults"): "live" from its opening on, "afterClose" once it has
/// closed (or its deadline passed), "no" never; and only members of its audience who finished answering it.
/// </summary>
public static class SharedResults
{
    /// <summary>Whether the survey's results are shared with those who answered it, at this moment.</summary>
    public static bool Now(Survey survey, DateTimeOffset now) => survey.ShareResults switch
    {
        SurveySharing.Live => survey.Status is SurveyStatus.Open or SurveyStatus.Closed,
        SurveySharing.AfterClose => HasClosed(survey, now),
        _ => false,
    };

    /// <summary>Whether a member who finished the survey may see its results now (the "See results" button).</summary>
    public static bool For(Survey survey, Member member, IReadOnlyCollection<string> followed, bool complete, DateTimeOffset now) =>
        complete && survey.IsFor(member, followed) && Now(survey, now);

    public static bool HasClosed(Survey survey, DateTimeOffset now) =>
        survey.Status == SurveyStatus.Closed || (survey.Status == SurveyStatus.Open && survey.Deadline <= now);

    /// <summary>Why the member cannot see the results now, in their language; null when they can.</summary>
    public static string? Refusal(Survey? survey, Member member, IReadOnlyCollection<string> followed, bool complete, DateTimeOffset now, IStringLocalizer<SurveyResultsTexts> texts,
        IStringLocalizer<SurveyTexts> surveyTexts) => survey switch
        {
            null or { Status: SurveyStatus.Draft or SurveyStatus.Scheduled } => surveyTexts["CantFindSurvey"].Value,
            _ when !survey.IsFor(member, followed) => SurveyForms.NotInAudience(survey, surveyTexts),
            { ShareResults: SurveySharing.No } => texts["NotShared", survey.Title].Value,
            _ when !complete && !HasClosed(survey, now) => texts["AnswerFirst", survey.Title].Value,
            _ when !complete => texts["OnlyForRespondents", survey.Title].Value,
            _ when !Now(survey, now) => texts["SharedAfterClose", survey.Title].Value,
            _ => null,
        };
}
