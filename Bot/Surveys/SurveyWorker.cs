using CollabBot.Dialogs.Surveys;

namespace CollabBot.Bot.Surveys;

/// <summary>
/// Sends survey invitations and reminders and closes surveys at their deadline, every few minutes on the
/// <see cref="TimeProvider"/> clock, or at once when a survey opens. The work and its records are in
/// <see cref="SurveyCampaigns"/>; a failed round is logged and retried at the next.
/// </summary>
public sealed partial class SurveyWorker(SurveyCampaigns campaigns, ILogger<SurveyWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await campaigns.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Any failure is retried at the next round: an exception escaping a BackgroundService stops the host.
                LogFailed(logger, e);
            }
            await campaigns.WaitAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey round failed; retrying at the next")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
