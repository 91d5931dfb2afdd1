namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// A survey with <see cref="Survey.CloseAfterResponses"/> closes in the turn of the respondent whose completion brings the
/// complete respondents to that number (anonymous ones still waiting to be counted included). Two respondents completing at
/// the same moment may both see the number reached: closing is done once (<see cref="SurveyCampaigns.CloseAsync"/>), and
/// both keep their answers (docs/decisions/0019-scheduled-and-recurring-surveys.md).
/// </summary>
public sealed class CloseAtResponses(ISurveyStore store, SurveyCampaigns campaigns)
{
    public async Task CompletedAsync(Survey survey, CancellationToken cancellationToken)
    {
        if (survey is { Status: SurveyStatus.Open, CloseAfterResponses: { } limit }
            && await store.CountCompleteAsync(survey.Id, cancellationToken) >= limit)
        {
            await campaigns.CloseAsync(survey, cancellationToken);
        }
    }

    /// <summary>"closed after 50 responses", when that is why it closed.</summary>
    public static bool ClosedByLimit(Survey survey, int complete) =>
        survey is { Status: SurveyStatus.Closed, CloseAfterResponses: { } limit } && complete >= limit;
}
