using System.Text.Json;
using CollabBot.Dialogs.Delivery;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// The one scheduler: every second, any instance claims what is due (on the <see cref="TimeProvider"/> clock) and
/// runs it: a broadcast to start, or a feature's <see cref="IDueHandler"/>. An item that fails is tried again when
/// its claim lapses; one that failed ten times is dropped with an error in the log.
/// </summary>
public sealed partial class DueScheduler(
    DueStore due, DeliveryEngine engine, IEnumerable<IDueHandler> handlers, TimeProvider clock, ILogger<DueScheduler> logger) : BackgroundService
{
    private const int GiveUpAfter = 10;
    private readonly Dictionary<string, IDueHandler> byKind = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(logger, e.GetType().Name);
            }
            await engine.WaitForWorkAsync(TimeSpan.FromSeconds(1), stoppingToken);
        }
    }

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        foreach (var (item, row) in await due.ClaimDueAsync(clock.GetUtcNow(), 20, cancellationToken))
        {
            try
            {
                await RunAsync(item, cancellationToken);
                await due.DoneAsync(row, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, item.Id, e);
                if ((row.GetInt32("Attempts") ?? 0) >= GiveUpAfter)
                {
                    await due.DoneAsync(row, cancellationToken);
                }
            }
        }
    }

    private async Task RunAsync(DueItem item, CancellationToken cancellationToken)
    {
        if (item.Kind == DueItem.Broadcast)
        {
            var request = JsonSerializer.Deserialize<BroadcastRequest>(item.Payload, DueItem.Json)
                ?? throw new InvalidOperationException("A due broadcast without its request.");
            await engine.BroadcastAsync(request, cancellationToken);
            return;
        }
        if (!byKind.TryGetValue(item.Kind, out var handler))
        {
            throw new InvalidOperationException($"No handler for due items of kind {item.Kind}.");
        }
        await handler.RunAsync(item.Payload, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Due item {Id} failed; it is tried again when its claim lapses")]
    private static partial void LogFailed(ILogger logger, string id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for due items failed ({Reason}); trying again")]
    private static partial void LogRoundFailed(ILogger logger, string reason);
}
