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

    /// <summary>Updates only the invited count, so a background round never undoes a concurrent open or close.</summary>
    Task SetInvitedAsync(string surveyId, int invited, CancellationToken cancellationToken);

    Task<SurveyResponse?> FindResponseAsync(string surveyId, string respondentKey, CancellationToken cancellationToken);

    /// <summary>Sets answers (an empty value clears one) on the respondent's row, creating it if needed.</summary>
    Task SaveAnswersAsync(string surveyId, string respondentKey, MemberId? respondent, IReadOnlyDictionary<string, string> answers,
        bool complete, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<SurveyResponse>> ListResponsesAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>The same partition read as <see cref="ListResponsesAsync"/>, one response at a time.</summary>
    IAsyncEnumerable<SurveyResponse> ReadResponsesAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>Records that a message (an invitation, a reminder window) went to a recipient; false when it already did.</summary>
    Task<bool> TryRecordDeliveryAsync(string surveyId, string recipientKey, string what, DateTimeOffset now, CancellationToken cancellationToken);
}
