using CollabBot.Bot.Storage;
using CollabBot.Cards.Delivery;
using CollabBot.Dialogs.Delivery;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Updates the staff cards that show broadcasts going out, in place, at most every <see cref="DeliveryOptions.ProgressEvery"/>
/// and only when the counts changed; one instance at a time does it (a lease). A broadcast that is over gets its
/// final count and leaves the list of running ones.
/// </summary>
public sealed partial class ProgressUpdater(
    BroadcastStore broadcasts, CollabTables tables, TeamsSender sender, IOptions<DeliveryOptions> options, ILogger<ProgressUpdater> logger)
    : BackgroundService
{
    private TableLease? lease;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await HoldAsync(stoppingToken))
                {
                    await UpdateAllAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
            await Task.Delay(options.Value.ProgressEvery, stoppingToken);
        }
    }

    public async Task UpdateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await broadcasts.ActiveAsync(cancellationToken))
        {
            if (await broadcasts.ProgressAsync(id, cancellationToken) is not { } progress)
            {
                await broadcasts.RemoveActiveAsync(id, cancellationToken);
                continue;
            }
            var header = await broadcasts.FindAsync(id, cancellationToken);
            var shown = $"{progress.Total}/{progress.Sent}/{progress.Skipped}/{progress.Failed}/{progress.Gone}/{progress.InDoubt}/{progress.FannedOut}/{progress.Cancelled}";
            if (header is { ProgressAddress: { } address, ProgressActivityId: { } activityId } && header.ProgressShown != shown)
            {
                var card = ProgressCard.Build(CancelBroadcastAction.View(progress));
                var result = await sender.UpdateAsync(address, activityId, new OutgoingMessage(null, card.ToJson(), card.FallbackText), cancellationToken);
                if (result.Outcome is SendOutcome.Sent or SendOutcome.Gone or SendOutcome.Refused)
                {
                    await broadcasts.MergeHeaderAsync(id, new Dictionary<string, object?> { ["ProgressShown"] = shown }, cancellationToken);
                }
            }
            if (progress.Complete)
            {
                await broadcasts.RemoveActiveAsync(id, cancellationToken);
                LogDone(logger, id, progress.Sent, progress.Skipped, progress.Failed, progress.Gone, progress.InDoubt);
            }
        }
    }

    private async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        var table = tables[ShardWorker.LeaseTable];
        var duration = options.Value.ProgressEvery * 4;
        lease = lease is null
            ? await TableLeases.TryAcquireAsync(table, "progress", "cards", DateTimeOffset.UtcNow, duration, cancellationToken)
            : await TableLeases.RenewAsync(table, lease, DateTimeOffset.UtcNow, duration, cancellationToken);
        return lease is not null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {BroadcastId} done: {Sent} sent, {Skipped} skipped, {Failed} failed, {Gone} unreachable, {InDoubt} in doubt")]
    private static partial void LogDone(ILogger logger, string broadcastId, int sent, int skipped, int failed, int gone, int inDoubt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Progress cards could not be updated ({Reason}); trying again")]
    private static partial void LogFailed(ILogger logger, string reason);
}
