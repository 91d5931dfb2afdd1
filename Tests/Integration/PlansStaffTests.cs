using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

public sealed class PlansStaffTests(Azurite azurite) : IntegrationTest(azurite)
{
    [Fact]
    public async Task StaffAddAPlanItemAndFollowersAreToldProactively()
    {
        var follower = Host.User("m-news", "Nina News");
        await follower.Says("hello");
        Assert.Contains("You now follow **PATENTSCOPE**", Assert.Single(await follower.Says("follow PATENTSCOPE")).Text);
        var staff = Host.Staff();
        var admin = Assert.Single(await staff.Says("manage plans"));
        var edit = Button(admin.Card!, "Edit", "patentscope");
        var product = Assert.Single(await staff.Presses(edit));
        var add = Button(product.Card!, "Add plan item", "patentscope");

        var before = Connector.Calls.Count;
        var followerSaw = Connector.CallsFor(follower.ConversationId).Count;
        add[PlanInputs.Title] = "Semantic search";
        add[PlanInputs.Status] = "Planned";
        add[PlanInputs.Target] = "2027 Q3";
        await staff.Presses(add, onCardId: product.ActivityId);

        var update = Assert.Single(Connector.Calls.Skip(before), c => c.Method == "PUT");
        Assert.Equal(product.ActivityId, update.ActivityId);
        Assert.Contains("its followers are being told", update.CardText);
        // The news goes out from the host's background worker, just after the staff turn.
        var news = Assert.Single(await ArrivedAsync(() => Connector.CallsFor(follower.ConversationId).Skip(followerSaw).ToList()));
        Assert.Equal("**PATENTSCOPE** has a new plan item: **Semantic search** (planned). Type **PATENTSCOPE** to see its plans.", news.Text);

        var plans = Assert.Single(await follower.Says("PATENTSCOPE plans"));
        Assert.Contains("Semantic search", plans.CardText);
        var history = await Host.Services.GetRequiredService<IPlansCatalogue>().ProductHistoryAsync("patentscope", 1, default);
        Assert.Equal((ChangeKind.PlanAdded, BotHost.StaffId), (history[0].Kind, history[0].By));
    }

    [Fact]
    public async Task AMemberIsRefusedAStaffActionAndNothingChanges()
    {
        var member = Host.User("m-forger");
        Assert.Equal(English.StaffOnly, Assert.Single(await member.Says("manage plans")).Text);

        var replies = await member.Presses(new JObject
        {
            ["verb"] = PlansVerbs.RetireProduct,
            [PlansVerbs.ProductKey] = "patentscope",
        });

        Assert.Equal(English.StaffOnly, Assert.Single(replies).Text);
        var product = await Host.Services.GetRequiredService<IPlansCatalogue>().FindProductAsync("patentscope", default);
        Assert.False(product!.Retired);
    }

    [Fact]
    public async Task StaffAddAProductAndMembersCanAskAboutItAtOnce()
    {
        var staff = Host.Staff();
        var admin = Assert.Single(await staff.Says("manage plans"));
        var add = (JObject)admin.Card!.Descendants().OfType<JObject>().First(a => a["title"]?.Value<string>() == "Add product")["data"]!;
        add[PlanInputs.Name] = "WIPO IP Portal";
        add[PlanInputs.Aliases] = "IP Portal";

        var saved = await staff.Presses(add, onCardId: admin.ActivityId);
        var empty = await staff.Presses(new JObject { ["verb"] = PlansVerbs.SaveProduct, [PlanInputs.Name] = " " });

        Assert.Contains("Edit WIPO IP Portal", Assert.Single(saved).CardText);
        Assert.Equal("Please give the product a name.", Assert.Single(empty).Text);
        var answer = Assert.Single(await Host.User("m-portal").Says("what's planned for the IP Portal?"));
        Assert.Contains("WIPO has not published plans for WIPO IP Portal yet.", answer.CardText);
    }

    private static async Task<List<ConnectorCall>> ArrivedAsync(Func<List<ConnectorCall>> calls)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (calls().Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        await Task.Delay(200); // and nothing more follows
        return calls();
    }

    private static JObject Button(JObject card, string title, string product) =>
        (JObject)card.Descendants().OfType<JObject>()
            .First(a => a["title"]?.Value<string>() == title && a["data"]?[PlansVerbs.ProductKey]?.Value<string>() == product)["data"]!.DeepClone();
}
