using Azure.Storage.Queues.Models;
using CollabBot.Bot.Storage;

namespace CollabBot.Bot.Delivery;

/// <summary>Takes fan-out messages (any instance: competing consumers) and reads each a page of its audience.</summary>
public sealed partial class FanoutWorker(CollabQueues queues, Fanout fanout, DeliveryEngine engine, ILogger<FanoutWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Reading = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                QueueMessage[] messages = await queues[Shards.FanoutQueue].ReceiveMessagesAsync(1, Reading, stoppingToken);
                foreach (var message in messages)
                {
                    await fanout.HandleAsync(message, stoppingToken);
                }
                if (messages.Length > 0)
                {
                    idle = TimeSpan.FromMilliseconds(50);
                    continue;
                }
                await engine.WaitForWorkAsync(idle, stoppingToken);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, TimeSpan.FromSeconds(1).Ticks));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fan-out failed ({Reason}); the page comes back to be read again")]
    private static partial void LogFailed(ILogger logger, string reason);
}
