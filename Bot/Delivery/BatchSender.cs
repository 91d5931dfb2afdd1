using System.Collections.Concurrent;
using Azure.Data.Tables;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Sends one batch of a broadcast: claims its recipients' rows that are due (pending, retrying from now, or still
/// "sending" after a lapsed lease: in doubt, sent again), builds each recipient's message in their language, sends it
/// paced per tenant and per conversation, and writes each outcome; then rewrites the batch's summary. It returns
/// when the batch must be looked at again (some recipients wait to be retried), or null.
/// </summary>
public sealed partial class BatchSender(
    BroadcastStore store, TeamsSender sender, IEnumerable<IDeliveryContent> contents, IOptions<DeliveryOptions> options,
    ILogger<BatchSender> logger)
{
    public const string ReplyContent = "reply";
    // Sends under way per batch: with the shard's 3 bulk lanes, at most 9 rows claimed and not yet answered, which is all
    // a crash can leave in doubt; enough to keep the tenant's pacer fed (each takes a slot every 1/50 s).
    private const int Parallel = 3;
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, IDeliveryContent> byKind = contents.ToDictionary(c => c.Kind, StringComparer.Ordinal);
    // A tenant's sends catch up at once on up to half a second's budget that a stall in the work before them left unused.
    private readonly Pacers tenants = new(() => new Pacer(options.Value.TenantRate, burst: (int)(options.Value.TenantRate / 2)));
    private readonly Pacers conversations = new(() => new Pacer(RateLimit.TeamsConversation));

    public async Task<TimeSpan?> SendAsync(BatchMessage batch, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(batch.BroadcastId, cancellationToken) is not { } header)
        {
            return null;
        }
        var now = DateTimeOffset.UtcNow;
        var rows = await store.ReadRecipientsAsync(batch.BroadcastId, batch.Recipients.Select(r => r.Key), cancellationToken);
        var mine = rows.Values.Where(r => r.GetInt32("Batch") == batch.Batch).ToList();
        var due = mine.Where(r => IsDue(r, now)).ToList();
        var inDoubt = due.Where(r => State(r) == DeliveryState.Sending).Select(BroadcastStore.KeyOf).ToHashSet(StringComparer.Ordinal);
        if (inDoubt.Count > 0)
        {
            LogInDoubt(logger, batch.BroadcastId, batch.Batch, inDoubt.Count);
        }
        var recipients = batch.Recipients.ToDictionary(r => r.Key, StringComparer.Ordinal);
        // An update needs each recipient's message id: read them for the whole batch at once, not one read per send.
        var originals = header.Updates is { } updated && due.Count > 0
            ? await store.ReadRecipientsAsync(updated, due.Select(BroadcastStore.KeyOf), cancellationToken)
            : [];
        var retryAt = new ConcurrentBag<DateTimeOffset>();
        await System.Threading.Tasks.Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (row, ct) =>
            {
                var key = BroadcastStore.KeyOf(row);
                if (await DeliverAsync(header, new RowClaim(store, row, options.Value.SendingLease), recipients[key], originals.GetValueOrDefault(key),
                    inDoubt.Contains(key), ct) is { } later)
                {
                    retryAt.Add(later);
                }
            });
        var open = await WriteSummaryAsync(batch, cancellationToken);
        // The batch is done only when every one of its recipients is: one waiting to be retried, or held by another
        // worker, brings it back when that is due.
        var next = open.Select(r => State(r) == DeliveryState.Retrying ? r.GetDateTimeOffset("NextAt") : r.GetDateTimeOffset("Until"))
            .Select(at => at ?? DateTimeOffset.UtcNow).Concat(retryAt).DefaultIfEmpty().Min();
        return open.Count == 0 ? null : Max(next - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1));
    }

    /// <summary>Gives up a batch's recipients not yet delivered (its message was poison), so the broadcast can end.</summary>
    public async Task FailRemainingAsync(BatchMessage batch, string reason, CancellationToken cancellationToken)
    {
        var rows = await store.ReadRecipientsAsync(batch.BroadcastId, batch.Recipients.Select(r => r.Key), cancellationToken);
        var open = rows.Values.Where(r => r.GetInt32("Batch") == batch.Batch && !State(r).IsFinal()).ToList();
        foreach (var row in await store.ClaimAsync(open, DateTimeOffset.UtcNow + options.Value.SendingLease, cancellationToken))
        {
            await store.RecordAsync(row, DeliveryState.Failed, row.GetInt32("Attempts") ?? 0, cancellationToken, error: reason);
        }
        await WriteSummaryAsync(batch, cancellationToken);
    }

    /// <returns>When to try this recipient again, or null when their delivery is over (or another worker has it).</returns>
    private async Task<DateTimeOffset?> DeliverAsync(BroadcastHeader header, RowClaim claim, BatchRecipient recipient, TableEntity? original,
        bool inDoubt, CancellationToken cancellationToken)
    {
        var attempts = claim.Row.GetInt32("Attempts") ?? 0;
        // Outcomes written before a send are conditional on the row as read: they claim it as they write.
        if (header.Cancelled)
        {
            await store.RecordAsync(claim.Row, DeliveryState.Skipped, attempts, cancellationToken, error: "cancelled");
            return null;
        }
        OutgoingMessage? message;
        try
        {
            message = await BuildAsync(header, recipient, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return await RetryOrFailAsync(claim.Row, attempts + 1, "content: " + e.GetType().Name, inDoubt, cancellationToken);
        }
        if (message is null)
        {
            await store.RecordAsync(claim.Row, DeliveryState.Skipped, attempts, cancellationToken, inDoubt: inDoubt);
            return null;
        }
        string? replacing = null;
        if (header.Updates is { } updates)
        {
            switch (original is null ? await OriginalAsync(updates, recipient.Key, cancellationToken) : (State(original), original.GetString("MessageId")))
            {
                case (DeliveryState.Sent, { Length: > 0 } messageId):
                    replacing = messageId;
                    break;
                case (var state, _) when !state.IsFinal():
                    // The message to replace has not gone out yet: look again shortly.
                    return await RetryOrFailAsync(claim.Row, attempts + 1, "the message to update is not sent yet", inDoubt, cancellationToken);
                default:
                    await store.RecordAsync(claim.Row, DeliveryState.Skipped, attempts, cancellationToken, error: "no message to update", inDoubt: inDoubt);
                    return null;
            }
        }
        var tenant = tenants.For(recipient.TenantId);
        while (true)
        {
            attempts++;
            SendResult result;
            // The conversation's slot here; the row's claim, then the tenant's slot, are taken around the HTTP request itself
            // (PacedConnectorHandler).
            using (await conversations.For(recipient.Address).WaitAsync(cancellationToken))
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(SendTimeout);
                PacedConnectorHandler.Current = new PacedSend(tenant, claim.TakeAsync);
                try
                {
                    result = replacing is null
                        ? await sender.SendAsync(recipient.Address, message, timeout.Token)
                        : await sender.UpdateAsync(recipient.Address, replacing, message, timeout.Token);
                }
                finally
                {
                    PacedConnectorHandler.Current = null;
                }
            }
            switch (result.Outcome)
            {
                case SendOutcome.TakenElsewhere:
                    return null;
                case SendOutcome.Sent:
                    await store.RecordAsync(claim.Row, DeliveryState.Sent, attempts, cancellationToken, messageId: result.MessageId, inDoubt: inDoubt);
                    return null;
                case SendOutcome.Throttled when attempts < options.Value.MaxAttempts:
                    // Teams asked this tenant to wait: every send to it waits, and this one is tried again first.
                    tenant.PauseUntil(DateTimeOffset.UtcNow + (result.RetryAfter ?? TimeSpan.FromSeconds(1)));
                    LogThrottled(logger, header.Id, recipient.TenantId, result.RetryAfter?.TotalSeconds ?? 1);
                    continue;
                case SendOutcome.Transient:
                    return await RetryOrFailAsync(claim.Row, attempts, result.Error ?? "transient", inDoubt, cancellationToken);
                case SendOutcome.Gone:
                    await store.RecordAsync(claim.Row, DeliveryState.Gone, attempts, cancellationToken, error: result.Error, inDoubt: inDoubt);
                    return null;
                default:
                    await store.RecordAsync(claim.Row, DeliveryState.Failed, attempts, cancellationToken, error: result.Error, inDoubt: inDoubt);
                    return null;
            }
        }
    }

    /// <summary>Where the recipient's message of another broadcast stands, and its id once sent; Failed when there was none.</summary>
    private async Task<(DeliveryState State, string? MessageId)> OriginalAsync(string broadcastId, string key, CancellationToken cancellationToken)
    {
        var rows = await store.ReadRecipientsAsync(broadcastId, [key], cancellationToken);
        if (rows.Values.FirstOrDefault() is { } row)
        {
            return (State(row), row.GetString("MessageId"));
        }
        // Not fanned out to them yet, or never meant for them.
        return await store.ProgressAsync(broadcastId, cancellationToken) is { Complete: false } ? (DeliveryState.Pending, null) : (DeliveryState.Failed, null);
    }

    private async Task<OutgoingMessage?> BuildAsync(BroadcastHeader header, BatchRecipient recipient, CancellationToken cancellationToken)
    {
        if (header.Content == ReplyContent)
        {
            return OutgoingMessage.Parse(header.Payload);
        }
        if (!byKind.TryGetValue(header.Content, out var content))
        {
            throw new InvalidOperationException($"No content of kind {header.Content}.");
        }
        using (MemberCulture.Use(recipient.Locale))
        {
            var reply = await content.BuildAsync(new DeliveryRecipient(new MemberId(recipient.TenantId, recipient.ObjectId), recipient.Locale),
                header.Payload, cancellationToken);
            return reply is null ? null : OutgoingMessage.From(reply);
        }
    }

    private async Task<DateTimeOffset?> RetryOrFailAsync(TableEntity row, int attempts, string error, bool inDoubt, CancellationToken cancellationToken)
    {
        if (attempts >= options.Value.MaxAttempts)
        {
            await store.RecordAsync(row, DeliveryState.Failed, attempts, cancellationToken, error: error, inDoubt: inDoubt);
            return null;
        }
        var nextAt = DateTimeOffset.UtcNow + Backoff(attempts);
        await store.RecordAsync(row, DeliveryState.Retrying, attempts, cancellationToken, error: error, nextAt: nextAt, inDoubt: inDoubt);
        return nextAt;
    }

    /// <returns>The batch's rows that are not over yet.</returns>
    private async Task<List<TableEntity>> WriteSummaryAsync(BatchMessage batch, CancellationToken cancellationToken)
    {
        var rows = (await store.ReadRecipientsAsync(batch.BroadcastId, batch.Recipients.Select(r => r.Key), cancellationToken)).Values
            .Where(r => r.GetInt32("Batch") == batch.Batch).ToList();
        int Count(DeliveryState state) => rows.Count(r => State(r) == state);
        await store.WriteSummaryAsync(batch.BroadcastId, batch.Batch, new BatchCounts(Count(DeliveryState.Sent), Count(DeliveryState.Skipped),
            Count(DeliveryState.Failed), Count(DeliveryState.Gone), rows.Count(r => r.GetBoolean("InDoubt") == true)), cancellationToken);
        return [.. rows.Where(r => !State(r).IsFinal())];
    }

    private static bool IsDue(TableEntity row, DateTimeOffset now) => State(row) switch
    {
        DeliveryState.Pending => true,
        DeliveryState.Retrying => (row.GetDateTimeOffset("NextAt") ?? now) <= now,
        DeliveryState.Sending => (row.GetDateTimeOffset("Until") ?? now) <= now,
        _ => false,
    };

    private static DeliveryState State(TableEntity row) => Enum.TryParse<DeliveryState>(row.GetString("State"), out var state) ? state : DeliveryState.Pending;

    /// <summary>2 s, 4 s, 8 s... up to 5 minutes, each ±50%, so retries of many recipients spread out.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, attempts)) * (0.5 + Random.Shared.NextDouble()));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broadcast {BroadcastId} batch {Batch}: {Count} deliveries in doubt (a crash after sending?), sent again")]
    private static partial void LogInDoubt(ILogger logger, string broadcastId, int batch, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {BroadcastId}: Teams throttled tenant {TenantId}; waiting {Seconds} s")]
    private static partial void LogThrottled(ILogger logger, string broadcastId, string tenantId, double seconds);
}
