using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

public sealed class PlansTests(Azurite azurite) : IntegrationTest(azurite)
{
    [Fact]
    public async Task AskingAboutPatentscopeGivesItsPlansCardFromTheSampleCatalogue()
    {
        var replies = await Host.User("m-asks").Says("what's planned for PATENTSCOPE?");

        var card = Assert.Single(replies).Card!;
        var first = card["body"]!.First(e => e["type"]?.Value<string>() == "TextBlock");
        Assert.Contains("PATENTSCOPE", first["text"]!.Value<string>());
        Assert.Contains("Chemical structure search refresh", Assert.Single(replies).CardText);
    }

    [Fact]
    public async Task TheSampleIsLoadedOnceAndStaffChangesSurviveARestart()
    {
        var catalogue = Host.Services.GetRequiredService<IPlansCatalogue>();
        var products = await catalogue.ListProductsAsync(default);
        Assert.Contains(products, p => p.Id == "patentscope" && p.IsSample);
        var patentscope = products.Single(p => p.Id == "patentscope");
        await catalogue.SaveProductAsync(patentscope with { Description = "Edited by staff" },
            new CatalogueChange("patentscope", null, ChangeKind.ProductEdited, "PATENTSCOPE", null, BotHost.StaffId, DateTimeOffset.UtcNow), default);

        // A second start on the same tables: the catalogue is not empty, so the sample is not loaded again.
        await using var restarted = new BotHost(Azurite, Connector, new() { ["Storage:TablePrefix"] = Host.TablePrefix });
        var again = await restarted.Services.GetRequiredService<IPlansCatalogue>().FindProductAsync("patentscope", default);

        Assert.Equal("Edited by staff", again!.Description);
    }

    [Fact]
    public async Task FollowingIsStoredForTheMemberAndForTheProduct()
    {
        var member = Host.User("m-follows");
        var followed = await member.Says("follow PATENTSCOPE");
        Assert.Contains("You now follow **PATENTSCOPE**", Assert.Single(followed).Text);

        var subscriptions = Assert.Single(await member.Says("my subscriptions"));
        Assert.Contains("**PATENTSCOPE**", subscriptions.CardText);
        var store = Host.Services.GetRequiredService<IPlanSubscriptions>();
        Assert.Contains(new MemberId(BotHost.Tenant, "m-follows"), await store.FollowersOfAsync("patentscope", default));

        var unfollow = subscriptions.Card!.Descendants().OfType<JObject>()
            .First(a => a["data"]?[PlansVerbs.ProductKey]?.Value<string>() == "patentscope" && a["title"]?.Value<string>() == "Unfollow");
        var replies = await member.Presses((JObject)unfollow["data"]!);

        Assert.Contains("You no longer follow **PATENTSCOPE**", Assert.Single(replies).Text);
        Assert.Empty(await store.FollowersOfAsync("patentscope", default));
        Assert.Empty(await store.ProductsFollowedByAsync(new MemberId(BotHost.Tenant, "m-follows"), default));
    }

    [Fact]
    public async Task AQuestionAboutAProductWithoutPlansIsRecordedForStaff()
    {
        var member = Host.User("m-case");
        var card = Assert.Single(await member.Says("WIPO CASE roadmap"));
        Assert.Contains("has not published plans for WIPO CASE", card.CardText);

        var replies = await member.Presses(new JObject { ["verb"] = PlansVerbs.AskStaff, [PlansVerbs.ProductKey] = "wipo-case" });
        var again = await member.Presses(new JObject { ["verb"] = PlansVerbs.AskStaff, [PlansVerbs.ProductKey] = "wipo-case" });

        Assert.Contains("passed your question about **WIPO CASE**", Assert.Single(replies).Text);
        Assert.Contains("already asked", Assert.Single(again).Text);
    }

    [Fact]
    public async Task AnUnknownProductGetsTheListOfKnownProducts()
    {
        var replies = await Host.User("m-unknown-product").Says("what's planned for the Zorblax database?");

        var list = Assert.Single(replies).CardText;
        Assert.Contains("I don't know that product", list);
        Assert.Contains("Global Design Database", list);
    }

    [Fact]
    public async Task AFrenchMemberGetsTheCardInFrenchAndTheWhatsNewButtonWorks()
    {
        var member = Host.User("m-fr");
        member.Locale = "fr-FR";

        var plans = Assert.Single(await member.Says("quoi de neuf pour PATENTSCOPE ?"));
        var news = Assert.Single(await member.Presses(new JObject { ["verb"] = "command.run", ["command"] = WhatsNewCommand.Name }));

        Assert.Contains("À venir", plans.CardText);
        Assert.Contains("en cours", plans.CardText);
        Assert.Contains("Quoi de neuf", news.CardText);
    }
}
