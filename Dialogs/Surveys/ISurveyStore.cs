using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// Surveys (one partition) and their responses (one partition per survey, one row per respondent, one
/// property per answer): results come from a single partition read, and every answer write is idempotent.
/// </summary>
public interface ISurveyStore
{
    Task<Survey?> FindAsync(string surveyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Survey>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(Survey survey, CancellationToken cancellationToken);

    /// <summary>A respondent's answers as they see them: for an anonymous survey, the counted ones and those still waiting.</summary>
    Task<SurveyResponse?> FindResponseAsync(Survey survey, string respondentKey, CancellationToken cancellationToken);

    /// <summary>
    /// Sets answers (an empty value clears one) on the respondent's response, creating it if needed. A named
    /// survey's response is written at once, with the member's id. An anonymous survey's answers (no
    /// <paramref name="respondent"/>) wait, sealed, until <see cref="FlushAnonymousAsync"/> counts them with others',
    /// so that nothing written in the respondent's turn can be paired with their response.
    /// </summary>
    /// <param name="userGroup">The respondent's confirmed user group now (null: none), kept with the response; sealed on an anonymous one.</param>
    Task SaveAnswersAsync(Survey survey, string respondentKey, MemberId? respondent, string? userGroup, IReadOnlyDictionary<string, string> answers,
        bool complete, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>How many anonymous respondents have answers waiting to be counted.</summary>
    Task<int> CountPendingAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>
    /// Counts the waiting anonymous answers of a survey, written in shuffled order, when at least
    /// <paramref name="minimumRespondents"/> respondents wait (one instance at a time).
    /// </summary>
    /// <returns>How many respondents' answers were counted (0 when fewer wait, or another instance is at it).</returns>
    Task<int> FlushAnonymousAsync(string surveyId, int minimumRespondents, CancellationToken cancellationToken);

    /// <summary>The counted responses (for an anonymous survey, not those still waiting).</summary>
    Task<IReadOnlyList<SurveyResponse>> ListResponsesAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>The same partition read as <see cref="ListResponsesAsync"/>, one response at a time.</summary>
    IAsyncEnumerable<SurveyResponse> ReadResponsesAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a change to the survey as stored now (never a recent copy), written only if no one changed it meanwhile
    /// (else read and applied again): of two instances opening or closing it at once, one does it and the other sees it done.
    /// </summary>
    /// <param name="change">The survey changed, or null when there is nothing to write.</param>
    /// <returns>The survey as stored after, or null when there is none.</returns>
    Task<Survey?> UpdateAsync(string surveyId, Func<Survey, Survey?> change, CancellationToken cancellationToken);

    /// <summary>The survey as stored now: for what must not miss another instance's recent close (an invitation or a reminder).</summary>
    Task<Survey?> FindLatestAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>How many respondents have completed the survey: counted, or (anonymous) still waiting to be counted.</summary>
    Task<int> CountCompleteAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>Adds a survey whose id is free.</summary>
    /// <returns>False when a survey has that id already (nothing is written).</returns>
    Task<bool> AddAsync(Survey survey, CancellationToken cancellationToken);
}
