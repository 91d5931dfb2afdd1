using System.Collections.Concurrent;
using System.Text.Json;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Localization;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Tests.Support;

/// <summary>
/// The delivery engine's contract in memory: broadcasts and due items are recorded when asked for (once per id);
/// <see cref="DeliverAsync"/> sends what waits as the engine would (each recipient's message built in their language,
/// nothing for those the content skips, nor to members who declined the audience's topic) into the
/// <see cref="FakeNotifier"/>; <see cref="RunDueAsync"/> runs what the clock says is due.
/// </summary>
public sealed class FakeDeliveries(IServiceProvider services, FakeNotifier sent, IMemberStore members, IPlanSubscriptions subscriptions, TimeProvider clock)
    : IDeliveries
{
    private readonly ConcurrentDictionary<string, Broadcast> broadcasts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DueItem> due = new(StringComparer.Ordinal);

    public IReadOnlyCollection<BroadcastRequest> Requested => [.. broadcasts.Values.Select(b => b.Request)];

    public IReadOnlyCollection<DueItem> Scheduled => [.. due.Values];

    public Task<bool> BroadcastAsync(BroadcastRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(broadcasts.TryAdd(request.Id, new Broadcast(request)));

    public Task ScheduleAsync(DueItem item, CancellationToken cancellationToken)
    {
        due.TryAdd(item.Id, item);
        return Task.CompletedTask;
    }

    public Task<BroadcastProgress?> ProgressAsync(string broadcastId, CancellationToken cancellationToken) =>
        Task.FromResult(broadcasts.TryGetValue(broadcastId, out var b)
            ? new BroadcastProgress(b.Request.Id, b.Request.Label, b.Total, b.Sent, b.Skipped, 0, 0, 0, b.Done, b.Cancelled)
            : null);

    /// <summary>The thread under a delivered broadcast's message: the conversation's address, marked with the broadcast.</summary>
    public Task<ConversationAddress?> ThreadAsync(string broadcastId, string key, CancellationToken cancellationToken) =>
        Task.FromResult(broadcasts.TryGetValue(broadcastId, out var b) && b.Done && !b.Cancelled
            && b.Request.Audience.Conversations.FirstOrDefault(c => c.Key == key) is { } conversation
            ? conversation with { Address = $"{conversation.Address};thread={broadcastId}" }
            : null);

    /// <summary>A delivered broadcast's message is known by the broadcast's id.</summary>
    public Task<string?> MessageIdAsync(string broadcastId, string key, CancellationToken cancellationToken) =>
        Task.FromResult(broadcasts.TryGetValue(broadcastId, out var b) && b.Done && !b.Cancelled
            && b.Request.Audience.Conversations.Any(c => c.Key == key) ? broadcastId : null);

    public Task<bool> CancelAsync(string broadcastId, CancellationToken cancellationToken)
    {
        if (!broadcasts.TryGetValue(broadcastId, out var b) || b.Done)
        {
            return Task.FromResult(false);
        }
        b.Cancelled = true;
        return Task.FromResult(true);
    }

    /// <summary>Sends every broadcast asked for and not sent yet.</summary>
    public async Task DeliverAsync()
    {
        var contents = services.GetServices<IDeliveryContent>().ToDictionary(c => c.Kind, StringComparer.Ordinal);
        foreach (var broadcast in broadcasts.Values.Where(b => !b.Done && !b.Cancelled).ToList())
        {
            broadcast.Done = true;
            foreach (var member in await AudienceAsync(broadcast.Request.Audience))
            {
                broadcast.Total++;
                Reply? reply;
                using (MemberCulture.Use(member.SpeaksIn))
                {
                    reply = await contents[broadcast.Request.Content].BuildAsync(new DeliveryRecipient(member.Id, member.SpeaksIn), broadcast.Request.Payload, default);
                }
                if (reply is null)
                {
                    broadcast.Skipped++;
                    continue;
                }
                // A broadcast that updates another's messages: the card replaces the one sent before.
                sent.Sent.Enqueue((member.Id, broadcast.Request.Updates is not null && reply is CardReply card ? new CardUpdate(card.Card) : reply));
                broadcast.Sent++;
            }
        }
    }

    /// <summary>Runs what is due by the clock (broadcasts start and are sent; features' handlers run).</summary>
    public async Task RunDueAsync()
    {
        var handlers = services.GetServices<IDueHandler>().ToDictionary(h => h.Kind, StringComparer.Ordinal);
        foreach (var item in due.Values.Where(d => d.At <= clock.GetUtcNow()).OrderBy(d => d.At).ToList())
        {
            due.TryRemove(item.Id, out _);
            if (item.Kind == DueItem.Broadcast)
            {
                await BroadcastAsync(JsonSerializer.Deserialize<BroadcastRequest>(item.Payload, DueItem.Json)!, default);
            }
            else
            {
                await handlers[item.Kind].RunAsync(item.Payload, default);
            }
        }
        await DeliverAsync();
    }

    private async Task<IReadOnlyList<MemberRecord>> AudienceAsync(Audience audience)
    {
        IEnumerable<MemberId> ids = audience.Kind switch
        {
            AudienceKind.Members => (await members.ListAsync(audience.Groups, default)).Select(m => m.Id),
            AudienceKind.Followers => await FollowersAsync(audience.Products.Count > 0 ? audience.Products : [audience.Product!]),
            AudienceKind.Conversations => audience.Conversations.Select(c => new MemberId(c.TenantId, c.Key)),
            _ => audience.List,
        };
        var found = new List<MemberRecord>();
        foreach (var id in ids)
        {
            var record = await members.FindAsync(id, default) ?? new MemberRecord(id, "", "en-US", null, default, default);
            if (record.Wants(audience.Topic))
            {
                found.Add(record);
            }
        }
        // As the engine reads audiences: members who declined the topic are no recipients (conversations are not members).
        return audience.Kind == AudienceKind.Conversations ? found : [.. found.Where(m => m.Wants(audience.Topic))];
    }

    private async Task<IEnumerable<MemberId>> FollowersAsync(IReadOnlyList<string> products)
    {
        var followers = new List<MemberId>();
        foreach (var product in products)
        {
            followers.AddRange(await subscriptions.FollowersOfAsync(product, default));
        }
        return followers.Distinct();
    }

    private sealed class Broadcast(BroadcastRequest request)
    {
        public BroadcastRequest Request { get; } = request;

        public bool Done { get; set; }

        public bool Cancelled { get; set; }

        public int Total { get; set; }

        public int Sent { get; set; }

        public int Skipped { get; set; }

    }
}
