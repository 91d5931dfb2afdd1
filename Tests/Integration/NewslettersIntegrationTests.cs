using System.Globalization;
using CollabBot.Cards.Newsletters;
using CollabBot.Cards.Preferences;
using CollabBot.Dialogs.Delivery;
using CollabBot.Tests.Preferences;
using CollabBot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>
/// Newsletters through the real host on Azurite: members of two tenants get it; a correction is a PUT of every copy
/// through the engine; a scheduled one survives a restart and goes out once with two instances at its minute; a reply
/// reaches the staff channel and its answer the member.
/// </summary>
public sealed class NewslettersIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    private const string OtherTenant = "22222222-2222-2222-2222-222222222222";
    private const string ChannelId = "19:newsletters@thread.tacv2";

    protected override BotHost CreateHost() => new(Azurite, Connector, Tenants());

    [Fact]
    public async Task MembersOfTwoTenantsGetItAndACorrectionUpdatesEveryCopyInPlace()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        var ada = Host.User("nl-ada", "Ada Member");
        var olga = Host.User("nl-olga", "Olga Other", OtherTenant);
        await ada.Says("hello");
        await olga.Says("hello");

        var draft = await ComposeAsync(staff, "PATENTSCOPE nesw");
        await staff.Presses(Button(draft, "Send now"), onCardId: draft.ActivityId);
        var copies = new List<ConnectorCall>();
        foreach (var member in new[] { ada, olga, staff })
        {
            copies.Add(await Connector.WaitForAsync(c => c.Method == "POST" && c.ConversationId == member.ConversationId && IsNewsletter(c, "PATENTSCOPE nesw")));
        }

        var sent = await staff.Says("newsletters");
        var card = Assert.Single(await staff.Presses(Button(Assert.Single(sent), "Open")));
        var composer = Assert.Single(await staff.Presses(Button(card, "Correct it"), onCardId: card.ActivityId));
        var corrected = Inputs(Button(composer, "Save and preview the correction"), "PATENTSCOPE news");
        await staff.Presses(corrected, onCardId: composer.ActivityId);

        foreach (var copy in copies)
        {
            await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == copy.ActivityId && c.CardText.Contains("PATENTSCOPE news", StringComparison.Ordinal));
        }
        await Task.Delay(1000); // a second copy or update would come now
        foreach (var copy in copies)
        {
            Assert.Single(Connector.CallsFor(copy.ConversationId), c => c.Method == "PUT" && c.ActivityId == copy.ActivityId);
            Assert.Single(Connector.CallsFor(copy.ConversationId), c => c.Method == "POST" && IsNewsletter(c, "PATENTSCOPE"));
        }
    }

    [Fact]
    public async Task AScheduledNewsletterSurvivesARestartAndGoesOutOnceWithTwoInstances()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        var ada = Host.User("nl-ada2", "Ada Member");
        await ada.Says("hello");
        var draft = await ComposeAsync(staff, "Round Table agenda");
        var at = DateTimeOffset.UtcNow.AddSeconds(6);
        var schedule = Button(draft, "Schedule");
        schedule[NewsletterVerbs.DateInput] = at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        schedule[NewsletterVerbs.TimeInput] = at.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var scheduled = Assert.Single(await staff.Presses(schedule, onCardId: draft.ActivityId));
        Assert.Contains("Scheduled for", scheduled.CardText, StringComparison.Ordinal);

        var prefix = Host.TablePrefix;
        await Host.DisposeAsync();
        await using var first = new BotHost(Azurite, Connector, Tenants(), tablePrefix: prefix);
        await using var second = new BotHost(Azurite, Connector, Tenants(), tablePrefix: prefix);
        _ = first.Server;
        _ = second.Server;

        await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.CardText.Contains("Round Table agenda", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        await Task.Delay(2500); // a second copy would come now
        Assert.Single(Connector.CallsFor(ada.ConversationId), c => c.CardText.Contains("Round Table agenda", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMemberWhoDeclinedNewslettersGetsNoneWhileOthersDo()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        var ada = Host.User("nl-ada4", "Ada Member");
        var omar = Host.User("nl-omar", "Omar Quiet");
        await ada.Says("hello");
        await omar.Says("hello");
        await omar.Presses(PreferencesChat.Saved(PreferencesCard.AutomaticLanguage, MessageTopic.Newsletters));
        var omarSaw = Connector.CallsFor(omar.ConversationId).Count;

        var draft = await ComposeAsync(staff, "Only for those who want it");
        Assert.Contains("It will reach **2** people.", draft.CardText, StringComparison.Ordinal);
        await staff.Presses(Button(draft, "Send now"), onCardId: draft.ActivityId);

        await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && IsNewsletter(c, "Only for those who want it"));
        await Connector.WaitForAsync(c => c.ConversationId == staff.ConversationId && IsNewsletter(c, "Only for those who want it"));
        await Task.Delay(1000);
        Assert.Empty(Connector.CallsFor(omar.ConversationId).Skip(omarSaw));
    }

    [Fact]
    public async Task AReplyReachesTheStaffChannelAndTheAnswerReachesTheMember()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        Connector.TeamRoster.Enqueue((BotHost.StaffId, "Sam Staff"));
        var inChannel = staff.InTeam("team-1", "WIPO staff", ChannelId);
        await inChannel.Says("<at>CollabBot</at> use this channel for questions");
        var ada = Host.User("nl-ada3", "Ada Member");
        await ada.Says("hello");
        var draft = await ComposeAsync(staff, "WIPO Translate");
        await staff.Presses(Button(draft, "Send now"), onCardId: draft.ActivityId);
        var copy = await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.CardText.Contains("WIPO Translate", StringComparison.Ordinal));

        var reply = Button(copy, "Send");
        reply[NewsletterVerbs.ReplyInput] = "Will Japanese come too?";
        Assert.Contains("your reply went to the WIPO team", Assert.Single(await ada.Presses(reply, onCardId: copy.ActivityId)).Text, StringComparison.Ordinal);
        var ticket = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("Will Japanese come too?", StringComparison.Ordinal));

        var answer = Button(ticket, "Send the answer");
        answer[NewsletterVerbs.AnswerInput] = "Yes, in March.";
        Assert.Empty(await inChannel.Presses(answer, onCardId: ticket.ActivityId));

        var told = await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.Text is { } t && t.Contains("Yes, in March.", StringComparison.Ordinal));
        Assert.Contains("The WIPO team answered your reply to \"WIPO Translate\"", told.Text, StringComparison.Ordinal);
        await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == ticket.ActivityId && c.CardText.Contains("Answered by Sam Staff", StringComparison.Ordinal));
    }

    /// <summary>The member's newsletter card (staff also get their own cards about it).</summary>
    private static bool IsNewsletter(ConnectorCall call, string title) =>
        call.CardText.StartsWith(title, StringComparison.Ordinal) && call.CardText.Contains("Helpful", StringComparison.Ordinal);

    private static Dictionary<string, string?> Tenants() => new()
    {
        ["Collab:AllowedTenants:0"] = BotHost.Tenant,
        ["Collab:AllowedTenants:1"] = OtherTenant,
    };

    private static async Task<ConnectorCall> ComposeAsync(ChatUser staff, string title)
    {
        var composer = Assert.Single(await staff.Says("new newsletter"));
        return Assert.Single(await staff.Presses(Inputs(Button(composer, "Save and preview"), title), onCardId: composer.ActivityId));
    }

    private static JObject Inputs(JObject save, string title)
    {
        save[NewsletterVerbs.TitleInput("en")] = title;
        save[NewsletterVerbs.BodyInput("en")] = "WIPO Translate now covers **Korean**.";
        return save;
    }

    private static JObject Button(ConnectorCall card, string title) =>
        (JObject)card.Card!.Descendants().OfType<JObject>().First(a => (string?)a["title"] == title && a["data"] is JObject)["data"]!.DeepClone();
}
