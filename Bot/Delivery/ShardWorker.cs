using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using CollabBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Owns delivery shards and sends their batches. Every second it renews the shards it holds and takes free ones;
/// for each shard it holds it runs a loop on its urgent queue and three on its bulk queue. A shard idle for a
/// minute is let go, so another instance may take it; a shard whose renewal fails is left at once.
/// </summary>
public sealed partial class ShardWorker(
    CollabTables tables, CollabQueues queues, BatchSender sender, DeliveryEngine engine, IOptions<DeliveryOptions> options, TimeProvider clock,
    ILogger<ShardWorker> logger) : BackgroundService
{
    public const string LeaseTable = "deliveryleases";
    private const int BulkLanes = 3;
    private static readonly TimeSpan LetGoWhenIdle = TimeSpan.FromMinutes(1);

    private readonly Dictionary<int, Held> held = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ManageLeasesAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogLeasesFailed(logger, e.GetType().Name);
                }
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
        finally
        {
            foreach (var shard in held.Values)
            {
                await shard.Stop.CancelAsync();
            }
            await Task.WhenAll(held.Values.Select(h => h.Loop));
            foreach (var shard in held.Values)
            {
                await TableLeases.ReleaseAsync(tables[LeaseTable], shard.Lease, CancellationToken.None);
                shard.Stop.Dispose();
            }
        }
    }

    private async Task ManageLeasesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var duration = options.Value.ShardLease;
        for (var shard = 0; shard < DeliveryOptions.Shards; shard++)
        {
            if (held.TryGetValue(shard, out var mine))
            {
                var idle = mine.Loop.IsCompleted || DateTimeOffset.UtcNow - mine.LastWork > LetGoWhenIdle;
                var renewed = idle ? null : await TableLeases.RenewAsync(tables[LeaseTable], mine.Lease, now, duration, cancellationToken);
                if (renewed is null)
                {
                    await mine.Stop.CancelAsync();
                    held.Remove(shard);
                    if (idle)
                    {
                        await TableLeases.ReleaseAsync(tables[LeaseTable], mine.Lease, cancellationToken);
                    }
                    continue;
                }
                mine.Lease = renewed;
            }
            else if (await TableLeases.TryAcquireAsync(tables[LeaseTable], "shard", shard.ToString(System.Globalization.CultureInfo.InvariantCulture),
                now, duration, cancellationToken) is { } lease)
            {
                var taken = shard;
                var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var shardHeld = new Held(lease, stop);
                shardHeld.Loop = Task.Run(() => SendLoopAsync(taken, shardHeld, stop.Token), CancellationToken.None);
                held[taken] = shardHeld;
                LogTook(logger, taken);
            }
        }
    }

    // Urgent work has a loop of its own, so a ping never waits for a bulk batch to end. Bulk work has several lanes, each
    // taking one batch at a time: while one lane does a batch's storage round trips (claim, summary), the others send.
    // The tenant's pacer keeps the rate whatever the number of lanes.
    private Task SendLoopAsync(int shard, Held mine, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, BulkLanes)
            .Select(_ => QueueLoopAsync(shard, mine, queues[Shards.BulkQueue(shard)], 1, cancellationToken))
            .Prepend(QueueLoopAsync(shard, mine, queues[Shards.UrgentQueue(shard)], 8, cancellationToken)));

    private async Task QueueLoopAsync(int shard, Held mine, QueueClient queue, int take, CancellationToken cancellationToken)
    {
        var idle = TimeSpan.FromMilliseconds(50);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await TakeAsync(queue, take, cancellationToken))
                {
                    mine.LastWork = DateTimeOffset.UtcNow;
                    idle = TimeSpan.FromMilliseconds(50);
                    continue;
                }
                await engine.WaitForWorkAsync(idle, cancellationToken);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, options.Value.IdlePoll.Ticks));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogLoopFailed(logger, shard, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        }
    }

    private async Task<bool> TakeAsync(QueueClient queue, int count, CancellationToken cancellationToken)
    {
        QueueMessage[] messages = await queue.ReceiveMessagesAsync(count, options.Value.BatchVisibility, cancellationToken);
        await Task.WhenAll(messages.Select(m => HandleAsync(queue, m, cancellationToken)));
        return messages.Length > 0;
    }

    private async Task HandleAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        var batch = BatchMessage.Parse(message.MessageText);
        if (batch is null || message.DequeueCount > DeliveryOptions.PoisonAfter)
        {
            LogPoison(logger, message.MessageId, message.DequeueCount);
            if (batch is not null)
            {
                await sender.FailRemainingAsync(batch, $"given up after {message.DequeueCount} tries", cancellationToken);
            }
            await queues[Shards.PoisonQueue].SendMessageAsync(message.MessageText, cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return;
        }
        var again = await sender.SendAsync(batch, cancellationToken);
        if (again is { } wait)
        {
            // Recipients wait to be retried: the same message comes back when the first of them is due.
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: wait, cancellationToken: cancellationToken);
            return;
        }
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private sealed class Held(TableLease lease, CancellationTokenSource stop)
    {
        public TableLease Lease { get; set; } = lease;

        public CancellationTokenSource Stop { get; } = stop;

        public Task Loop { get; set; } = Task.CompletedTask;

        private long lastWork = DateTimeOffset.UtcNow.UtcTicks;

        /// <summary>Written by both of the shard's loops: kept as ticks, read and written whole.</summary>
        public DateTimeOffset LastWork
        {
            get => new(Interlocked.Read(ref lastWork), TimeSpan.Zero);
            set => Interlocked.Exchange(ref lastWork, value.UtcTicks);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Took delivery shard {Shard}")]
    private static partial void LogTook(ILogger logger, int shard);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shard leases could not be renewed ({Reason}); trying again")]
    private static partial void LogLeasesFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery shard {Shard} loop failed ({Reason}); going on")]
    private static partial void LogLoopFailed(ILogger logger, int shard, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Batch message {MessageId} moved to the poison queue after {Count} dequeues")]
    private static partial void LogPoison(ILogger logger, string messageId, long count);
}
