using System.Globalization;
using CollabBot.Dialogs.Delivery;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>A survey closes at its deadline (unless staff closed it first).</summary>
public sealed class CloseAtDeadline(ISurveyStore store, SurveyCampaigns campaigns) : IDueHandler
{
    public const string Kind = "survey.close";

    string IDueHandler.Kind => Kind;

    public async Task RunAsync(string payload, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(payload, cancellationToken) is { Status: SurveyStatus.Open } survey)
        {
            await campaigns.CloseAsync(survey, cancellationToken);
        }
    }
}

/// <summary>
/// While an anonymous survey is open, its waiting answers are counted every <see cref="SurveyOptions.CountAnonymousEvery"/>
/// once enough respondents wait (<see cref="SurveyOptions.AnonymousBatch"/>); each run schedules the next. The run after the
/// close counts whatever still waits.
/// </summary>
public sealed class CountWaitingAnswers(ISurveyStore store, IDeliveries deliveries, IOptions<SurveyOptions> options, TimeProvider clock) : IDueHandler
{
    public const string Kind = "survey.count";

    string IDueHandler.Kind => Kind;

    public static DueItem Next(string surveyId, int run, DateTimeOffset at) =>
        new($"survey-count:{surveyId}:{run}", at, Kind, $"{run.ToString(CultureInfo.InvariantCulture)}|{surveyId}");

    public async Task RunAsync(string payload, CancellationToken cancellationToken)
    {
        var (run, surveyId) = (int.Parse(payload.AsSpan(0, payload.IndexOf('|', StringComparison.Ordinal)), CultureInfo.InvariantCulture),
            payload[(payload.IndexOf('|', StringComparison.Ordinal) + 1)..]);
        var survey = await store.FindLatestAsync(surveyId, cancellationToken);
        if (survey is { Status: SurveyStatus.Closed })
        {
            // Answers a turn took in while another closed the survey (its close counted those waiting before them): the last run.
            await store.FlushAnonymousAsync(surveyId, 1, cancellationToken);
            return;
        }
        if (survey is not { Status: SurveyStatus.Open })
        {
            return;
        }
        await store.FlushAnonymousAsync(surveyId, options.Value.AnonymousBatch, cancellationToken);
        await deliveries.ScheduleAsync(Next(surveyId, run + 1, clock.GetUtcNow() + options.Value.CountAnonymousEvery), cancellationToken);
    }
}
