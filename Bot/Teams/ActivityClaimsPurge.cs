namespace CollabBot.Bot.Teams;

/// <summary>Deletes old activity claims a few times a day; every instance may run it (deletes are idempotent).</summary>
public sealed partial class ActivityClaimsPurge(ActivityClaims claims, TimeProvider clock, ILogger<ActivityClaimsPurge> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await claims.PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging old activity claims failed ({Reason}); trying again later")]
    private static partial void LogFailed(ILogger logger, string reason);
}
