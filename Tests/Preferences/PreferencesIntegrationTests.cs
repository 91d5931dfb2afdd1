using CollabBot.Cards.Plans;
using CollabBot.Cards.Preferences;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Integration;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Preferences;

/// <summary>Preferences through the real host on Azurite: saved on the member's record, honoured by the delivery engine.</summary>
public sealed class PreferencesIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    [Fact]
    public async Task AFollowerWhoDeclinedProductNewsHearsNothingWhileAnotherFollowerIsTold()
    {
        var nina = Host.User("m-nina", "Nina News");
        var omar = Host.User("m-omar", "Omar Quiet");
        foreach (var follower in new[] { nina, omar })
        {
            await follower.Says("hello");
            Assert.Contains("You now follow **PATENTSCOPE**", Assert.Single(await follower.Says("follow PATENTSCOPE")).Text);
        }
        var card = Assert.Single(await omar.Says("my preferences"));
        Assert.Contains("News of the products you follow", card.CardText);
        var saved = Assert.Single(await omar.Presses(PreferencesChat.Saved(PreferencesCard.AutomaticLanguage, MessageTopic.ProductNews))).Text;
        Assert.Equal("Saved: I'll send you newsletters and survey reminders.", saved);
        var record = await Host.Services.GetRequiredService<IMemberStore>().FindAsync(new MemberId(BotHost.Tenant, "m-omar"), default);
        Assert.Equal([MessageTopic.ProductNews], record!.Declined);

        var staff = Host.Staff();
        var product = Assert.Single(await staff.Presses(Button(Assert.Single(await staff.Says("manage plans")).Card!, "Edit")));
        var add = Button(product.Card!, "Add plan item");
        add[PlanInputs.Title] = "Semantic search";
        add[PlanInputs.Status] = "Planned";
        add[PlanInputs.Target] = "2027 Q3";
        var (ninaSaw, omarSaw) = (Connector.CallsFor(nina.ConversationId).Count, Connector.CallsFor(omar.ConversationId).Count);
        await staff.Presses(add, onCardId: product.ActivityId);

        var news = await Connector.WaitForAsync(c => c.ConversationId == nina.ConversationId && c.Text?.Contains("Semantic search", StringComparison.Ordinal) == true);
        Assert.StartsWith("**PATENTSCOPE** has a new plan item: **Semantic search**", news.Text, StringComparison.Ordinal);
        var progress = await WhenCompleteAsync(await NewsOfLastChangeAsync());
        Assert.Equal((1, 1), (progress.Total, progress.Sent));
        Assert.Single(Connector.CallsFor(nina.ConversationId).Skip(ninaSaw));
        Assert.Empty(Connector.CallsFor(omar.ConversationId).Skip(omarSaw));
    }

    /// <summary>The broadcast of the product's last change, as staff asked for it (its id is the change's).</summary>
    private async Task<string> NewsOfLastChangeAsync()
    {
        var catalogue = Host.Services.GetRequiredService<IPlansCatalogue>();
        var product = (await catalogue.FindProductAsync("patentscope", default))!;
        return FollowerNews.For(product, (await catalogue.ProductHistoryAsync("patentscope", 1, default))[0])!.Id;
    }

    private async Task<BroadcastProgress> WhenCompleteAsync(string broadcastId)
    {
        var deliveries = Host.Services.GetRequiredService<IDeliveries>();
        for (var i = 0; i < 150; i++)
        {
            if (await deliveries.ProgressAsync(broadcastId, default) is { Complete: true } done)
            {
                return done;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"Broadcast {broadcastId} did not finish.");
    }

    private static JObject Button(JObject card, string title) =>
        (JObject)card.Descendants().OfType<JObject>()
            .First(a => a["title"]?.Value<string>() == title && a["data"]?[PlansVerbs.ProductKey]?.Value<string>() == "patentscope")["data"]!.DeepClone();
}
