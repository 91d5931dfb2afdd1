namespace CollabBot.Bot.Storage;

/// <summary>Creates the tables, queues and blob containers before the host takes requests, waiting a little for storage to come up.</summary>
public sealed partial class StorageInitializer(CollabTables tables, CollabQueues queues, CollabContainers containers, ILogger<StorageInitializer> logger)
    : IHostedService
{
    private const int Attempts = 10;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await tables.CreateAllAsync(cancellationToken);
                await queues.CreateAllAsync(cancellationToken);
                await containers.CreateAllAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < Attempts && e is Azure.RequestFailedException or HttpRequestException or AggregateException)
            {
                LogWaiting(logger, attempt, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage not ready (attempt {Attempt}): {Reason}")]
    private static partial void LogWaiting(ILogger logger, int attempt, string reason);
}
