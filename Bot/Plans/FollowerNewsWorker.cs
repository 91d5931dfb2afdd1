using CollabBot.Dialogs.Plans;

namespace CollabBot.Bot.Plans;

/// <summary>Tells followers the news staff changes queued, one change at a time, off the staff member's turn.</summary>
public sealed partial class FollowerNewsWorker(FollowerNewsQueue queue, FollowerNews news, ILogger<FollowerNewsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                var told = await news.TellAsync(item.Product, item.Change, stoppingToken);
                LogTold(logger, item.Change.ProductId, item.Change.Kind, told);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One change's failure must not stop the news of the next ones, and an exception escaping a
                // BackgroundService stops the host (storage errors arrive as AggregateException once retries are spent).
                LogFailed(logger, e, item.Change.ProductId, item.Change.Kind);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Told {Count} followers of {Product} about {Kind}")]
    private static partial void LogTold(ILogger logger, string product, ChangeKind kind, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not tell the followers of {Product} about {Kind}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string product, ChangeKind kind);
}
