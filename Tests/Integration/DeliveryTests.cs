using System.Collections.Concurrent;
using CollabBot.Bot.Delivery;
using CollabBot.Bot.Storage;
using CollabBot.Bot.Teams;
using CollabBot.Cards.Delivery;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Notifications;
using CollabBot.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>The delivery engine through the real host on Azurite, to the connector stub: what Teams answers, and what a crash leaves.</summary>
public sealed class DeliveryTests(Azurite azurite) : IntegrationTest(azurite)
{
    private readonly ConcurrentQueue<LogEntry> logged = new();

    protected override BotHost CreateHost() => new(Azurite, Connector,
        configureServices: services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(logged)));

    private IDeliveries Deliveries => Host.Services.GetRequiredService<IDeliveries>();

    [Fact]
    public async Task AMessageToAMemberArrivesOnce()
    {
        var member = await KnownAsync("d-one");

        await Host.Services.GetRequiredService<INotifier>().NotifyAsync(member.Id, new TextReply("Your export is ready"), default);

        await Connector.WaitForAsync(c => c.Text == "Your export is ready");
        await Task.Delay(500);
        Assert.Single(Connector.CallsFor(member.User.ConversationId), c => c.Text == "Your export is ready");
    }

    [Fact]
    public async Task TooManyRequestsAreWaitedOutAsTeamsAsksAndTheMessageArrivesOnce()
    {
        var member = await KnownAsync("d-429");
        Connector.AnswerNext((429, "2"), (429, "1"));

        var progress = await BroadcastAsync("d-429-news", Audience.Only(member.Id), "Throttled news");

        var sent = await Connector.WaitForAsync(c => c.Text == "Throttled news");
        var answers = Connector.Answers.ToList();
        Assert.Equal([429, 429, 200], answers.Select(a => a.Status).TakeLast(3));
        Assert.True(answers[^2].At - answers[^3].At >= TimeSpan.FromSeconds(1.9), "the first Retry-After (2 s) was honoured");
        Assert.True(answers[^1].At - answers[^2].At >= TimeSpan.FromSeconds(0.9), "the second Retry-After (1 s) was honoured");
        Assert.Single(Connector.CallsFor(member.User.ConversationId), c => c.Text == "Throttled news");
        Assert.Equal(1, (await CompleteAsync(progress)).Sent);
    }

    [Fact]
    public async Task AServerErrorIsTriedAgainLaterAndTheMessageArrivesOnce()
    {
        var member = await KnownAsync("d-503");
        Connector.AnswerNext((503, null));

        await BroadcastAsync("d-503-news", Audience.Only(member.Id), "After a 503");

        await Connector.WaitForAsync(c => c.Text == "After a 503");
        var answers = Connector.Answers.ToList();
        Assert.Equal([503, 200], answers.Select(a => a.Status).TakeLast(2));
        Assert.True(answers[^1].At - answers[^2].At >= TimeSpan.FromSeconds(0.9), "backed off before trying again");
        Assert.Equal(1, (await CompleteAsync("d-503-news")).Sent);
    }

    [Fact]
    public async Task AMemberWhoLeftOrNeverSpokeIsUnreachableAndNotTriedAgain()
    {
        var left = await KnownAsync("d-left");
        Connector.AnswerNext((403, null));

        await BroadcastAsync("d-gone-news", Audience.Only(left.Id, new MemberId(BotHost.Tenant, "d-never-spoke")), "Anyone there?");

        var progress = await CompleteAsync("d-gone-news");
        Assert.Equal((2, 0, 0), (progress.Gone, progress.Sent, progress.Failed));
        await Task.Delay(1000);
        Assert.Single(Connector.Answers, a => a.Status == 403);
    }

    [Fact]
    public async Task StaffSeeTheBroadcastGoOutOnTheCardThatStartedItUpdatedInPlace()
    {
        var staff = Host.Staff();
        var members = new[] { await KnownAsync("d-p1"), await KnownAsync("d-p2"), await KnownAsync("d-p3") };
        await staff.Says("hello");
        var card = await Host.Services.GetRequiredService<DeliveryEngine>().BroadcastAsync(new BroadcastRequest("d-progress",
            Audience.Only([.. members.Select(m => m.Id)]), BatchSender.ReplyContent, Message("Progress news"), DeliveryPriority.Bulk, "News for three"), default);
        var posted = (await staff.DeliverAsync(staff.Activity("message", new JObject { ["text"] = "hello" })))[0];
        await Host.Services.GetRequiredService<IProgressCards>().TrackAsync("d-progress", MemberDirectory.AddressOf(StaffActivity(staff)), posted.ActivityId, default);

        var update = await Connector.WaitForAsync(c => c.Method == "PUT" && c.CardText.Contains("Done.", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        Assert.True(card);
        Assert.Equal(posted.ActivityId, update.ActivityId);
        Assert.Contains("3 of 3", update.CardText, StringComparison.Ordinal);
        Assert.Equal(3, Connector.Calls.Count(c => c.Text == "Progress news"));
    }

    [Fact]
    public async Task APostToATeamChannelGoesToTheChannelsConversation()
    {
        var channel = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = Connector.ServiceUrl,
            Conversation = new ConversationAccount { Id = "19:staff@thread.tacv2", ConversationType = "channel", TenantId = BotHost.Tenant, IsGroup = true },
            Bot = new ChannelAccount("28:collabbot", "CollabBot"),
        };

        await BroadcastAsync("d-channel", Audience.To(new ConversationAddress("staff-channel", BotHost.Tenant, JsonConvert.SerializeObject(channel))),
            "A new question arrived");

        var post = await Connector.WaitForAsync(c => c.Text == "A new question arrived");
        Assert.Equal("19:staff@thread.tacv2", post.ConversationId);
    }

    [Fact]
    public async Task AMessageSentCanBeUpdatedInPlaceAndDeletedByItsId()
    {
        var member = await KnownAsync("d-edit");
        await BroadcastAsync("d-edit-news", Audience.Only(member.Id), "First version");
        var first = await Connector.WaitForAsync(c => c.Text == "First version");
        var address = (await Host.Services.GetRequiredService<Dialogs.Members.IMemberStore>().FindAsync(member.Id, default))!.Address!;
        var sender = Host.Services.GetRequiredService<TeamsSender>();

        var updated = await sender.UpdateAsync(address, first.ActivityId, new OutgoingMessage("Corrected version", null, null), default);
        var deleted = await sender.DeleteAsync(address, first.ActivityId, default);

        Assert.Equal((SendOutcome.Sent, SendOutcome.Sent), (updated.Outcome, deleted.Outcome));
        Assert.Contains(Connector.Calls, c => c.Method == "PUT" && c.ActivityId == first.ActivityId && c.Text == "Corrected version");
        Assert.Contains(Connector.Calls, c => c.Method == "DELETE" && c.ActivityId == first.ActivityId);
    }

    [Fact]
    public async Task CancellingStopsWhatHasNotGoneOut()
    {
        var member = await KnownAsync("d-cancel");
        Connector.FailSendsWith = 503;
        await BroadcastAsync("d-cancel-news", Audience.Only(member.Id), "Never sent");
        while (Connector.Answers.IsEmpty)
        {
            await Task.Delay(50);
        }

        Assert.True(await Deliveries.CancelAsync("d-cancel-news", default));
        Connector.FailSendsWith = null;

        var progress = await CompleteAsync("d-cancel-news");
        Assert.True(progress.Cancelled);
        Assert.Equal(0, progress.Sent);
        await Task.Delay(3000);
        Assert.DoesNotContain(Connector.Calls, c => c.Text == "Never sent");
    }

    [Fact]
    public async Task AskingTwiceForTheSameBroadcastSendsItOnce()
    {
        var member = await KnownAsync("d-twice");

        Assert.True(await Deliveries.BroadcastAsync(Request("d-twice-news", Audience.Only(member.Id), "Once only"), default));
        Assert.False(await Deliveries.BroadcastAsync(Request("d-twice-news", Audience.Only(member.Id), "Once only"), default));

        await CompleteAsync("d-twice-news");
        await Task.Delay(500);
        Assert.Single(Connector.Calls, c => c.Text == "Once only");
    }

    [Fact]
    public async Task ADeliveryLeftSendingByACrashIsSentAgainAndCountedInDoubt()
    {
        var member = await KnownAsync("d-crash");
        var store = Host.Services.GetRequiredService<BroadcastStore>();
        var header = BroadcastHeader.From(Request("d-crash-news", Audience.Only(member.Id), "Sent again"), DateTimeOffset.UtcNow);
        await store.TryCreateAsync(header, default);
        var record = (await Host.Services.GetRequiredService<Dialogs.Members.IMemberStore>().FindAsync(member.Id, default))!;
        var recipient = new BatchRecipient(BotHost.Tenant, "d-crash", "en-US", record.Address!);
        await store.AddRecipientsAsync(header.Id, 0, [recipient], default);
        var rows = await store.ReadRecipientsAsync(header.Id, [recipient.Key], default);
        // A worker claimed it and died before writing what Teams said: its lease has run out.
        await store.ClaimAsync([.. rows.Values], DateTimeOffset.UtcNow.AddSeconds(-1), default);
        await store.RecordPageAsync(header.Id, 0, 1, last: true, default);

        await Host.Services.GetRequiredService<CollabQueues>()[Shards.UrgentQueue(Shards.Of(BotHost.Tenant))]
            .SendMessageAsync(new BatchMessage(header.Id, 0, [recipient]).Serialize());

        await Connector.WaitForAsync(c => c.Text == "Sent again");
        var progress = await CompleteAsync(header.Id);
        Assert.Equal((1, 1), (progress.Sent, progress.InDoubt));
        Assert.Contains(logged, e => e.Message.Contains("in doubt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyTheSendsInFlightAreClaimedSoACrashLeavesNoOtherInDoubt()
    {
        var members = new List<MemberId>();
        for (var i = 0; i < 12; i++)
        {
            members.Add((await KnownAsync($"d-flight-{i}")).Id);
        }
        Connector.HoldSends = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await Deliveries.BroadcastAsync(Request("d-flight-news", Audience.Only([.. members]), "Held a while"), default);
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (Connector.Held == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            await Task.Delay(500);

            // The connector stalls: had the worker died now, only the rows of the requests it was answering would be in doubt.
            var store = Host.Services.GetRequiredService<BroadcastStore>();
            var rows = await store.ReadRecipientsAsync("d-flight-news", members.Select(m => $"{m.TenantId}/{m.ObjectId}"), default);
            var sending = rows.Values.Count(r => r.GetString("State") == nameof(DeliveryState.Sending));
            Assert.Equal(12, rows.Count);
            Assert.Equal(Connector.Held, sending);
            Assert.InRange(sending, 1, 11);
            Assert.Equal(12 - sending, rows.Values.Count(r => r.GetString("State") == nameof(DeliveryState.Pending)));
        }
        finally
        {
            Connector.HoldSends.TrySetResult();
            Connector.HoldSends = null;
        }
        await CompleteAsync("d-flight-news");
        Assert.Equal(12, Connector.Calls.Count(c => c.Text == "Held a while"));
    }

    [Fact]
    public async Task TwoInstancesSendEachMemberTheirMessageOnce()
    {
        await using var second = new BotHost(Azurite, Connector, tablePrefix: Host.TablePrefix);
        _ = second.Server;
        var members = new List<MemberId>();
        for (var i = 0; i < 12; i++)
        {
            members.Add((await KnownAsync($"d-two-{i}")).Id);
        }

        await Deliveries.BroadcastAsync(Request("d-two-news", Audience.MembersOf([]), "To everyone"), default);
        await second.Services.GetRequiredService<IDeliveries>().BroadcastAsync(Request("d-two-news", Audience.MembersOf([]), "To everyone"), default);

        await CompleteAsync("d-two-news");
        await Task.Delay(1000);
        var told = Connector.Calls.Where(c => c.Text == "To everyone").Select(c => c.ConversationId).ToList();
        Assert.Equal(told.Count, told.Distinct().Count());
        Assert.Equal(12, told.Count);
    }

    private async Task<(ChatUser User, MemberId Id)> KnownAsync(string objectId)
    {
        var user = Host.User(objectId);
        await user.Says("hello");
        return (user, new MemberId(BotHost.Tenant, objectId));
    }

    private async Task<string> BroadcastAsync(string id, Audience audience, string text)
    {
        await Deliveries.BroadcastAsync(Request(id, audience, text), default);
        return id;
    }

    private static BroadcastRequest Request(string id, Audience audience, string text) =>
        new(id, audience, BatchSender.ReplyContent, Message(text), DeliveryPriority.Bulk, "Test broadcast");

    private static string Message(string text) => new OutgoingMessage(text, null, null).Serialize();

    private async Task<BroadcastProgress> CompleteAsync(string id)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await Deliveries.ProgressAsync(id, default) is { Complete: true } done)
            {
                return done;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"Broadcast {id} did not complete: {await Deliveries.ProgressAsync(id, default)}");
    }

    private static Activity StaffActivity(ChatUser staff) => staff.Activity("message").ToObject<Activity>()!;
}
