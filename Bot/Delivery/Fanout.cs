using Azure.Storage.Queues.Models;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Delivery;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Reads a broadcast's audience one page per fan-out message: a pending row per recipient, the recipients queued in
/// batches on their shards' queues, the page's count recorded, and the next page queued. A page read twice (a crash)
/// adds no row and sends nothing twice: the batches it queues again find their rows already claimed or done.
/// </summary>
public sealed partial class Fanout(BroadcastStore broadcasts, CollabQueues queues, AudiencePages audiences, IOptions<DeliveryOptions> options,
    ILogger<Fanout> logger)
{
    public async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var queue = queues[Shards.FanoutQueue];
        if (FanoutMessage.Parse(message.MessageText) is not { } page
            || await broadcasts.FindAsync(page.BroadcastId, cancellationToken) is not { Cancelled: false } header)
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return;
        }
        if (page.Page == 0 && !header.FanoutStarted)
        {
            await broadcasts.MergeHeaderAsync(header.Id, new Dictionary<string, object?> { ["FanoutStarted"] = true }, cancellationToken);
        }
        var (recipients, next) = await audiences.ReadAsync(header.Audience, page.Continuation, options.Value.PageSize, cancellationToken);
        await QueueBatchesAsync(broadcasts, queues, header, page.Page, recipients, options.Value.BatchSize, cancellationToken);
        if (next is not null)
        {
            await queue.SendMessageAsync(new FanoutMessage(header.Id, page.Page + 1, next).Serialize(), cancellationToken);
        }
        await broadcasts.RecordPageAsync(header.Id, page.Page, recipients.Count, last: next is null, cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        LogPage(logger, header.Id, page.Page, recipients.Count, next is null);
    }

    /// <summary>Adds the recipients' rows and queues them in batches, each batch on its tenants' shard.</summary>
    public static async Task QueueBatchesAsync(BroadcastStore broadcasts, CollabQueues queues, BroadcastHeader header, int page,
        IReadOnlyList<BatchRecipient> recipients, int batchSize, CancellationToken cancellationToken)
    {
        var number = 0;
        foreach (var shard in recipients.GroupBy(r => Shards.Of(r.TenantId)).OrderBy(g => g.Key))
        {
            foreach (var chunk in shard.Chunk(batchSize))
            {
                var batch = new BatchMessage(header.Id, page * 1000 + number++, chunk);
                await broadcasts.AddRecipientsAsync(header.Id, batch.Batch, chunk, cancellationToken);
                var queue = header.Priority == DeliveryPriority.Urgent ? Shards.UrgentQueue(shard.Key) : Shards.BulkQueue(shard.Key);
                await queues[queue].SendMessageAsync(batch.Serialize(), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {BroadcastId}: page {Page} queued {Count} recipients (last: {Last})")]
    private static partial void LogPage(ILogger logger, string broadcastId, int page, int count, bool last);
}
