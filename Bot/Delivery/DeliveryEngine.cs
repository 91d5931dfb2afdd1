using System.Threading.Channels;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Notifications;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// What features ask of the engine: broadcasts, single messages (urgent), things due later, progress and cancel.
/// Asking records the request durably and returns; the workers do the rest (docs/decisions/0010-delivery-engine.md).
/// </summary>
public sealed class DeliveryEngine(
    BroadcastStore broadcasts, DueStore due, CollabQueues queues, AudiencePages audiences, IOptions<DeliveryOptions> options, TimeProvider clock)
    : IDeliveries, INotifier, IProgressCards
{
    private readonly Channel<bool> work = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public async Task<bool> BroadcastAsync(BroadcastRequest request, CancellationToken cancellationToken)
    {
        var header = BroadcastHeader.From(request, clock.GetUtcNow());
        if (!await broadcasts.TryCreateAsync(header, cancellationToken))
        {
            // Asked again (a turn's re-run): if the first asking crashed before its fan-out was queued, queue it now.
            if (await broadcasts.FindAsync(request.Id, cancellationToken) is { FanoutStarted: false } existing)
            {
                await StartAsync(existing, cancellationToken);
            }
            return false;
        }
        await StartAsync(header, cancellationToken);
        return true;
    }

    public Task NotifyAsync(MemberId recipient, Reply message, CancellationToken cancellationToken) =>
        BroadcastAsync(new BroadcastRequest("note:" + Guid.NewGuid().ToString("N"), Audience.Only(recipient), BatchSender.ReplyContent,
            OutgoingMessage.From(message).Serialize(), DeliveryPriority.Urgent, "Message"), cancellationToken);

    public async Task ScheduleAsync(DueItem item, CancellationToken cancellationToken)
    {
        await due.AddAsync(item, cancellationToken);
        Wake();
    }

    public Task<BroadcastProgress?> ProgressAsync(string broadcastId, CancellationToken cancellationToken) =>
        broadcasts.ProgressAsync(broadcastId, cancellationToken);

    public async Task<ConversationAddress?> ThreadAsync(string broadcastId, string key, CancellationToken cancellationToken) =>
        await SentToAsync(broadcastId, key, cancellationToken) is ({ } conversation, { } messageId)
            ? conversation with { Address = TeamsSender.ThreadOf(conversation.Address, messageId) }
            : null;

    public async Task<string?> MessageIdAsync(string broadcastId, string key, CancellationToken cancellationToken) =>
        (await SentToAsync(broadcastId, key, cancellationToken))?.MessageId;

    private async Task<(ConversationAddress Conversation, string MessageId)?> SentToAsync(string broadcastId, string key, CancellationToken cancellationToken)
    {
        if (await broadcasts.FindAsync(broadcastId, cancellationToken) is not { } header
            || header.Audience.Conversations.FirstOrDefault(c => c.Key == key) is not { } conversation)
        {
            return null;
        }
        var rows = await broadcasts.ReadRecipientsAsync(broadcastId, [$"{conversation.TenantId}/{conversation.Key}"], cancellationToken);
        return rows.Values.FirstOrDefault()?.GetString("MessageId") is { Length: > 0 } messageId ? (conversation, messageId) : null;
    }

    public async Task<bool> CancelAsync(string broadcastId, CancellationToken cancellationToken)
    {
        if (await broadcasts.ProgressAsync(broadcastId, cancellationToken) is not { Complete: false })
        {
            return false;
        }
        await broadcasts.MergeHeaderAsync(broadcastId, new Dictionary<string, object?> { ["Cancelled"] = true }, cancellationToken);
        return true;
    }

    /// <summary>Shows the broadcast's progress on this card (a staff card the bot sent), updated in place until it ends.</summary>
    public Task TrackAsync(string broadcastId, string address, string activityId, CancellationToken cancellationToken) =>
        broadcasts.MergeHeaderAsync(broadcastId, new Dictionary<string, object?>
        {
            ["ProgressAddress"] = address,
            ["ProgressActivityId"] = activityId,
            ["ProgressShown"] = null,
        }, cancellationToken);

    /// <summary>Waits until this instance asked for work, or the time is up (workers poll the queues otherwise).</summary>
    public async Task WaitForWorkAsync(TimeSpan atMost, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(atMost);
        try
        {
            await work.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // time is up
        }
    }

    public void Wake() => work.Writer.TryWrite(true);

    // A list that fits one batch (a single message, a ping) skips the fan-out queue: its batch is queued at once.
    private async Task StartAsync(BroadcastHeader header, CancellationToken cancellationToken)
    {
        if (header.Audience.Kind is AudienceKind.List or AudienceKind.Conversations
            && header.Audience.List.Count + header.Audience.Conversations.Count <= options.Value.BatchSize)
        {
            var (recipients, _) = await audiences.ReadAsync(header.Audience, null, options.Value.BatchSize, cancellationToken);
            await broadcasts.MergeHeaderAsync(header.Id, new Dictionary<string, object?> { ["FanoutStarted"] = true }, cancellationToken);
            await Fanout.QueueBatchesAsync(broadcasts, queues, header, page: 0, recipients, options.Value.BatchSize, cancellationToken);
            await broadcasts.RecordPageAsync(header.Id, 0, recipients.Count, last: true, cancellationToken);
        }
        else
        {
            await queues[Shards.FanoutQueue].SendMessageAsync(new FanoutMessage(header.Id, 0, null).Serialize(), cancellationToken);
        }
        Wake();
    }
}
