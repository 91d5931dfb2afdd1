using CollabBot.Cards.Help;
using CollabBot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

public sealed class WelcomeAndHelpTests(Azurite azurite) : IntegrationTest(azurite)
{
    [Fact]
    public async Task InstallingTheAppSendsTheWelcomeCard()
    {
        var replies = await Host.User("m-welcome").Installs();

        var welcome = Assert.Single(replies);
        Assert.Contains(English.WelcomeHeading, welcome.CardText);
        Assert.Contains("My surveys", welcome.CardText);
        Assert.Contains("Newsletters", welcome.CardText);
        Assert.DoesNotContain("New newsletter", welcome.CardText);
        Assert.DoesNotContain("For WIPO staff", welcome.CardText);
    }

    [Fact]
    public async Task StaffSeeTheStaffPartOfTheWelcome()
    {
        var replies = await Host.Staff().Installs();

        Assert.Contains("For WIPO staff", Assert.Single(replies).CardText);
    }

    [Fact]
    public async Task HelpListsOnlyTheCommandsTheMemberMayUse()
    {
        var replies = await Host.User("m-help").Says("help");

        var help = Assert.Single(replies);
        Assert.Contains(English.HelpHeading, help.CardText);
        Assert.Contains("My profile", help.CardText);
        Assert.DoesNotContain("User groups to confirm", help.CardText);
        Assert.DoesNotContain("For WIPO staff", help.CardText);
    }

    [Fact]
    public async Task HelpForStaffAlsoListsStaffCommands()
    {
        var replies = await Host.Staff().Says("HELP");

        var help = Assert.Single(replies).CardText;
        Assert.Contains("For WIPO staff", help);
        Assert.Contains("User groups to confirm", help);
    }

    [Fact]
    public async Task UnknownInputGetsTheHelpCardWithAnApology()
    {
        var replies = await Host.User("m-unknown").Says("blorp the frobnicator");

        var help = Assert.Single(replies).CardText;
        Assert.Contains("didn't understand", help);
        Assert.Contains(English.HelpHeading, help);
    }

    [Fact]
    public async Task AHelpCardButtonRunsItsCommand()
    {
        var user = Host.User("m-button");
        var help = Assert.Single(await user.Says("help"));
        var profileButton = help.Card!.Descendants().OfType<JObject>()
            .First(a => a["type"]?.Value<string>() == "Action.Submit" && a["title"]?.Value<string>() == "My profile");

        var replies = await user.Presses((JObject)profileButton["data"]!);

        Assert.Contains("Your profile", Assert.Single(replies).CardText);
    }

    [Fact]
    public async Task MentionsAreRemovedBeforeRouting()
    {
        var user = Host.User("m-mention");
        var replies = await user.Says("<at>CollabBot</at> help");

        Assert.Contains(English.HelpHeading, Assert.Single(replies).CardText);
        Assert.DoesNotContain("didn't understand", replies[0].CardText);
    }

    [Fact]
    public async Task TheEmulatorChannelWorksWithoutCredentials()
    {
        var user = Host.User("emulator-user");
        user.Channel = "emulator";
        var joined = user.Activity("conversationUpdate", new JObject
        {
            ["membersAdded"] = new JArray(new JObject { ["id"] = "29:emulator-user" }, new JObject { ["id"] = "28:collabbot" }),
        });
        ((JObject)joined["conversation"]!).Remove("tenantId");
        joined.Remove("channelData");

        var welcome = await user.DeliverAsync(joined);

        Assert.Contains(English.WelcomeHeading, Assert.Single(welcome).CardText);
    }
}
