using CollabBot.Cards.Nominations;
using CollabBot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>
/// Nominations through the real host on Azurite: a nominee recognised by the e-mail address Teams gave when they first
/// spoke to the bot gets a consent card; once both sides agreed, the staff card arrives in the staff channel; two
/// reviewers pressing at once both count, the card is updated in place and both sides are told the decision.
/// </summary>
public sealed class NominationsIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    private const string ChannelId = "19:nominations@thread.tacv2";
    private const string Kim = "staff-0002";

    protected override BotHost CreateHost() => new(Azurite, Connector, new Dictionary<string, string?> { ["Collab:Staff:1"] = Kim });

    [Fact]
    public async Task ANomineeAgreesTwoReviewersAtOnceAcceptAndBothSidesAreTold()
    {
        var (staff, kim, inChannel) = await StaffChannelAsync();
        var bob = Host.User("n-bob", "Bob Member");
        await bob.Says("hello");
        var ada = Host.User("n-ada", "Ada Member");

        var ask = await NominatesAsync(ada, ConnectorStub.MemberEmail("29:n-bob"));
        Assert.Contains("did Bob Builder agree to be nominated?", ask.CardText, StringComparison.Ordinal);
        var consent = await Connector.WaitForAsync(c => c.ConversationId == bob.ConversationId && c.CardText.Contains("nominated you", StringComparison.Ordinal));
        Assert.Contains("Ada Member nominated you", consent.CardText, StringComparison.Ordinal);

        Assert.Contains("goes to WIPO staff", Assert.Single(await bob.Presses(Button(consent, "I agree"), onCardId: consent.ActivityId)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Connector.CallsFor(ChannelId), c => c.CardText.Contains("N1", StringComparison.Ordinal));
        await ada.Presses(Button(ask, "Yes, they agreed"), onCardId: ask.ActivityId);
        var card = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("N1: Expert for a WIPO project", StringComparison.Ordinal));
        Assert.DoesNotContain("example.org", card.CardText, StringComparison.Ordinal);

        await Task.WhenAll(
            inChannel.Presses(Review(card, "5", "accept"), onCardId: card.ActivityId),
            kim.InTeam("team-1", "WIPO staff", ChannelId).Presses(Review(card, "4", "accept"), onCardId: card.ActivityId));

        var decided = await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == card.ActivityId && c.CardText.Contains("Status\naccepted", StringComparison.Ordinal));
        Assert.Contains("Sam Staff: 5/5", decided.CardText, StringComparison.Ordinal);
        Assert.Contains("Kim Staff: 4/5", decided.CardText, StringComparison.Ordinal);
        foreach (var side in new[] { ada, bob })
        {
            await Connector.WaitForAsync(c => c.ConversationId == side.ConversationId && c.Text is { } t && t.Contains("is now: accepted", StringComparison.Ordinal));
        }
        var experts = Assert.Single(await staff.Says("experts in sequence searching"));
        Assert.Contains("Bob Builder", experts.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerWhoDeclaredAConflictCannotScoreAndContactDetailsGoOnlyToThePersonalChat()
    {
        var (staff, _, inChannel) = await StaffChannelAsync();
        var ada = Host.User("n-ada2", "Ada Member");
        var ask = await NominatesAsync(ada, "carla.expert@example.org");
        await ada.Presses(Button(ask, "Yes, they agreed"), onCardId: ask.ActivityId);
        var card = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("N1:", StringComparison.Ordinal));

        await inChannel.Presses(Button(card, "Conflict of interest"), onCardId: card.ActivityId);
        await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == card.ActivityId && c.CardText.Contains("conflict of interest declared", StringComparison.Ordinal));
        var refused = await inChannel.Presses(Review(card, "5", "accept"), onCardId: card.ActivityId);
        var contact = await inChannel.Presses(Button(card, "Contact details"), onCardId: card.ActivityId);

        Assert.Contains("You declared a conflict of interest on N1", Assert.Single(refused).Text, StringComparison.Ordinal);
        Assert.Contains("to your personal chat", Assert.Single(contact).Text, StringComparison.Ordinal);
        var details = await Connector.WaitForAsync(c => c.ConversationId == staff.ConversationId && c.Text is { } t && t.Contains("carla.expert@example.org", StringComparison.Ordinal));
        Assert.StartsWith("Contact details of N1", details.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Connector.CallsFor(ChannelId), c => c.Shown.Contains("carla.expert", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaffExportTheNominationsTheyListedAsCsvThroughADownloadLink()
    {
        var (staff, _, _) = await StaffChannelAsync();
        var ada = Host.User("n-ada3", "Ada Member");
        var ask = await NominatesAsync(ada, "carla.expert@example.org");
        await ada.Presses(Button(ask, "Yes, they agreed"), onCardId: ask.ActivityId);

        var list = Assert.Single(await staff.Says("nominations sequence searching"));
        Assert.Contains("N1", list.CardText, StringComparison.Ordinal);
        Assert.Contains("Preparing the CSV file", Assert.Single(await staff.Presses(Button(list, "Export CSV"), onCardId: list.ActivityId)).Text, StringComparison.Ordinal);

        var ready = await Connector.WaitForAsync(c => c.ConversationId == staff.ConversationId && c.CardText.Contains("Your export is ready", StringComparison.Ordinal));
        var link = new Uri((string)ready.Card!.Descendants().OfType<JObject>().First(a => (string?)a["type"] == "Action.OpenUrl")["url"]!);
        using var http = new HttpClient();
        var csv = (await http.GetStringAsync(link)).Split("\r\n");
        Assert.StartsWith("Id,Kind,Status,Nominee,Organisation,E-mail", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("N1,Expert for a WIPO project,under review,Bob Builder,European Patent Office,carla.expert@example.org", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNomineeAgreeingOnOneInstanceWhileTheNominatorConfirmsOnAnotherSendsItToReviewOnce()
    {
        await using var second = new BotHost(Azurite, Connector, new Dictionary<string, string?> { ["Collab:Staff:1"] = Kim }, tablePrefix: Host.TablePrefix);
        await StaffChannelAsync();
        var bob = Host.User("n-bob4", "Bob Member");
        await bob.Says("hello");
        var ada = Host.User("n-ada4", "Ada Member");
        var ask = await NominatesAsync(ada, ConnectorStub.MemberEmail("29:n-bob4"));
        var consent = await Connector.WaitForAsync(c => c.ConversationId == bob.ConversationId && c.CardText.Contains("nominated you", StringComparison.Ordinal));

        await Task.WhenAll(
            bob.Presses(Button(consent, "I agree"), onCardId: consent.ActivityId),
            ada.On(second).Presses(Button(ask, "Yes, they agreed"), onCardId: ask.ActivityId));

        await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("N1:", StringComparison.Ordinal));
        await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.Text is { } t && t.Contains("is now: under review", StringComparison.Ordinal));
        await Task.Delay(1500); // anything sent twice would come now
        Assert.Single(Connector.CallsFor(ChannelId), c => c.Method == "POST" && c.CardText.Contains("N1:", StringComparison.Ordinal));
        Assert.Single(Connector.CallsFor(ada.ConversationId), c => c.Text is { } t && t.Contains("is now: under review", StringComparison.Ordinal));
    }

    private async Task<(ChatUser Staff, ChatUser Kim, ChatUser InChannel)> StaffChannelAsync()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        var kim = Host.User(Kim, "Kim Staff");
        await kim.Says("hello");
        Connector.TeamRoster.Enqueue((BotHost.StaffId, "Sam Staff"));
        Connector.TeamRoster.Enqueue((Kim, "Kim Staff"));
        var inChannel = staff.InTeam("team-1", "WIPO staff", ChannelId);
        Assert.Contains("From now on", Assert.Single(await inChannel.Says("<at>CollabBot</at> use this channel for questions")).Text, StringComparison.Ordinal);
        return (staff, kim, inChannel);
    }

    /// <summary>Walks the expert form step by step; returns the card asking the nominator to confirm the nominee agreed.</summary>
    private static async Task<ConnectorCall> NominatesAsync(ChatUser member, string email)
    {
        string[] steps = ["nominate an expert", "Bob Builder", "European Patent Office", email, "5", "skip", "1, 2", "Two weeks a year"];
        foreach (var step in steps)
        {
            Assert.NotEmpty(await member.Says(step));
        }
        return Assert.Single(await member.Says("Taught sequence searching at three CEPIUG workshops."));
    }

    private static JObject Review(ConnectorCall card, string score, string recommendation)
    {
        var review = Button(card, "Send my review");
        review[NominationVerbs.ScoreInput] = score;
        review[NominationVerbs.RecommendInput] = recommendation;
        return review;
    }

    private static JObject Button(ConnectorCall card, string title) =>
        (JObject)card.Card!.Descendants().OfType<JObject>().First(a => (string?)a["title"] == title && a["data"] is JObject)["data"]!.DeepClone();
}
