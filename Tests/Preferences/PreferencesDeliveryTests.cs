using Azure.Data.Tables;
using CollabBot.Bot.Delivery;
using CollabBot.Cards.Preferences;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Support;
using CollabBot.Tests.Surveys;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Preferences;

/// <summary>What a member declined does not reach them; what they asked for, and what is of no kind, still does.</summary>
public sealed class PreferencesDeliveryTests
{
    [Fact]
    public async Task FollowerNewsLeavesOutWhoDeclinedProductNews()
    {
        using var chat = new ChatHarness().WithSampleCatalogue();
        Member nina = PlansChat.Person("nina"), omar = PlansChat.Person("omar");
        foreach (var follower in new[] { nina, omar })
        {
            chat.Members.Add(follower);
            await chat.SaysAsync(follower, "follow PATENTSCOPE");
        }
        await chat.SavesPreferencesAsync(omar, PreferencesCard.AutomaticLanguage, MessageTopic.ProductNews);
        var product = (await chat.Get<IPlansCatalogue>().FindProductAsync("patentscope", default))!;
        var news = FollowerNews.For(product, new CatalogueChange("patentscope", "p1", ChangeKind.PlanAdded, "Semantic search", PlanStatus.Planned, "s1", default))!;

        await chat.Deliveries.BroadcastAsync(news, default);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(MessageTopic.ProductNews, news.Audience.Topic);
        Assert.Equal("nina", Assert.Single(chat.Notifier.Sent).To.ObjectId);
        Assert.Equal(1, (await chat.Deliveries.ProgressAsync(news.Id, default))!.Total);
    }

    [Fact]
    public async Task SurveyRemindersLeaveOutWhoDeclinedThemButTheInvitationGoesToEveryone()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.SavesPreferencesAsync(Bob, "en", MessageTopic.SurveyReminders);
        var deadline = chat.Clock.GetUtcNow().AddDays(5);
        await chat.OpenSampleAsync(deadline: deadline);
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(["ada", "bob", "sam"], chat.Notifier.Sent.Select(s => s.To.ObjectId).Order());

        chat.Clock.SetUtcNow(deadline.AddHours(-71));
        await chat.Deliveries.RunDueAsync();
        await chat.Deliveries.RunDueAsync();

        var reminded = chat.Notifier.Sent.Skip(3).ToList();
        Assert.Equal(["ada", "sam"], reminded.Select(s => s.To.ObjectId).Order());
        Assert.All(reminded, r => Assert.StartsWith("Reminder: User feedback", r.Message.Shown(), StringComparison.Ordinal));
        Assert.Equal(MessageTopic.None, chat.Deliveries.Requested.Single(r => r.Content == SurveyInvitations.Invite).Audience.Topic);
    }

    [Fact]
    public async Task AudiencePagesLeaveOutWhoDeclinedTheTopicAndCountThemNot()
    {
        var members = new FakeMemberStore();
        var subscriptions = new InMemoryPlanSubscriptions();
        foreach (var id in new[] { "a", "b", "c", "d", "e" })
        {
            members.Add(TestMembers.Member(id));
            await subscriptions.FollowAsync(TestMembers.Member(id).Id, "patentscope", default, default);
        }
        foreach (var id in new[] { "b", "c" })
        {
            await members.UpdateAsync(TestMembers.Member(id).Id, r => r with { Declined = [MessageTopic.ProductNews] }, default);
        }
        var pages = new AudiencePages(members, subscriptions);
        var stranger = new MemberId("tenant", "stranger");

        Assert.Equal(["a", "d", "e"], await AllAsync(pages, Audience.MembersOf([]).About(MessageTopic.ProductNews)));
        Assert.Equal(["a", "d", "e"], await AllAsync(pages, Audience.FollowersOf("patentscope").About(MessageTopic.ProductNews)));
        Assert.Equal(["a", "stranger"], await AllAsync(pages, Audience.Only(TestMembers.Member("a").Id, TestMembers.Member("b").Id, stranger)
            .About(MessageTopic.ProductNews)));
        Assert.Equal(["a", "b", "c", "d", "e"], await AllAsync(pages, Audience.MembersOf([]).About(MessageTopic.Newsletters)));
        Assert.Equal(["a", "b", "c", "d", "e"], await AllAsync(pages, Audience.FollowersOf("patentscope")));
        Assert.Equal(["b"], await AllAsync(pages, Audience.To(new ConversationAddress("b", "tenant", "channel")).About(MessageTopic.ProductNews)));
    }

    [Fact]
    public void TheTopicTravelsWithTheBroadcastAndOneWrittenBeforeTopicsGoesToEveryone()
    {
        var request = new BroadcastRequest("b1", Audience.MembersOf(["PIUG"]).About(MessageTopic.SurveyReminders), "c", "p", DeliveryPriority.Bulk, "l");
        var header = BroadcastHeader.FromEntity(BroadcastHeader.From(request, default).ToEntity("p1"));
        var due = System.Text.Json.JsonSerializer.Deserialize<BroadcastRequest>(DueItem.ForBroadcast(default, request).Payload, DueItem.Json)!;
        var old = BroadcastHeader.FromEntity(new TableEntity("p1", "h") { ["Audience"] = """{"kind":0,"groups":["PIUG"],"product":null,"list":[],"conversations":[]}""" });

        Assert.Equal(MessageTopic.SurveyReminders, header.Audience.Topic);
        Assert.Equal(MessageTopic.SurveyReminders, due.Audience.Topic);
        Assert.Equal((AudienceKind.Members, MessageTopic.None), (old.Audience.Kind, old.Audience.Topic));
    }

    [Fact]
    public void DeclinedTopicsAreASetSoEqualChoicesMakeEqualRecords()
    {
        var record = new MemberRecord(new MemberId("t", "a"), "A", "en-US", null, default, default);

        var one = record with { Declined = [MessageTopic.SurveyReminders, MessageTopic.Newsletters, MessageTopic.Newsletters, MessageTopic.None] };
        var other = record with { Declined = [MessageTopic.Newsletters, MessageTopic.SurveyReminders, (MessageTopic)42] };

        Assert.Equal(one, other);
        Assert.Equal([MessageTopic.Newsletters, MessageTopic.SurveyReminders], one.Declined);
        Assert.Equal(record, record with { Declined = [] });
    }

    private static async Task<string[]> AllAsync(AudiencePages pages, Audience audience)
    {
        var keys = new List<string>();
        string? next = null;
        do
        {
            (var page, next) = await pages.ReadAsync(audience, next, 2, default);
            keys.AddRange(page.Select(r => r.ObjectId));
        }
        while (next is not null);
        return [.. keys.Order()];
    }
}
