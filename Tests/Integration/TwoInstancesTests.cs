using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>Two hosts of the bot on one storage account, as when it is scaled out: nothing answered twice, nothing lost.</summary>
public sealed class TwoInstancesTests(Azurite azurite) : IntegrationTest(azurite)
{
    private BotHost Second { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Second = new BotHost(Azurite, Connector, tablePrefix: Host.TablePrefix);
        _ = Second.Server;
    }

    public override async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task TheSameActivityDeliveredTwiceAtOnceIsAnsweredOnceWhicheverInstancesGetIt()
    {
        var member = Host.User("m-twice-at-once");
        await member.Says("hello");
        var onSecond = member.On(Second);

        for (var i = 0; i < 12; i++)
        {
            var activity = member.Activity("message", new JObject { ["text"] = "help" });
            var body = activity.ToString();
            var (a, b) = i % 3 == 0 ? (member, member) : (member, onSecond);
            await Task.WhenAll(a.PostAsync(body), b.PostAsync(body));

            Assert.Single(Connector.Calls, c => c.ReplyToId == activity["id"]!.ToString());
        }
    }

    [Fact]
    public async Task AMemberTalkingOnOneInstanceNeverUndoesWhatStaffDecidedOnTheOther()
    {
        var member = Host.User("m-group");
        var staff = Second.Staff();
        await member.Says("hello");
        await member.Presses(new JObject { ["verb"] = ProfileCard.SaveVerb, [ProfileCard.GroupInput] = "PDG" });
        var onSecond = member.On(Second);
        await onSecond.Says("help");

        var chatter = Task.Run(async () =>
        {
            for (var i = 0; i < 8; i++)
            {
                await (i % 2 == 0 ? member : onSecond).Says("help");
            }
        });
        await staff.Presses(new JObject
        {
            ["verb"] = PendingGroupsCard.ConfirmVerb,
            [PendingGroupsCard.TenantKey] = BotHost.Tenant,
            [PendingGroupsCard.MemberKey] = "m-group",
            [PendingGroupsCard.GroupKey] = "PDG",
        });
        await chatter;
        await member.Says("help");
        await onSecond.Says("help");

        var record = await Host.Services.GetRequiredService<IMemberStore>().FindAsync(new MemberId(BotHost.Tenant, "m-group"), default);
        Assert.Equal("PDG", record!.UserGroup);
        Assert.Null(record.RequestedUserGroup);
    }

    [Fact]
    public async Task ConcurrentFollowsAndUnfollowsOnTwoInstancesLeaveBothListsInStep()
    {
        var first = Host.Services.GetRequiredService<IPlanSubscriptions>();
        var other = Second.Services.GetRequiredService<IPlanSubscriptions>();
        var member = new MemberId(BotHost.Tenant, "m-follow");

        for (var round = 0; round < 30; round++)
        {
            var product = "product-" + (round % 3);
            await Task.WhenAll(
                first.FollowAsync(member, product, DateTimeOffset.UtcNow, default),
                other.UnfollowAsync(member, product, default),
                round % 2 == 0 ? other.FollowAsync(member, product, DateTimeOffset.UtcNow, default) : first.UnfollowAsync(member, product, default));

            var mine = (await first.ProductsFollowedByAsync(member, default)).Contains(product);
            var followers = (await other.FollowersOfAsync(product, default)).Contains(member);
            Assert.True(mine == followers, $"round {round}: my subscriptions say {mine}, the product's followers say {followers}");
        }
    }
}
