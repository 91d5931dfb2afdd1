using System.Globalization;
using Azure.Data.Tables;
using CollabBot.Bot.Contributions;
using CollabBot.Bot.Storage;
using CollabBot.Cards.Contributions;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Members;
using CollabBot.Cards.Model;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Contributions;
using CollabBot.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>
/// Contributions through the real host on Azurite: a member's form becomes a card in the staff channel that staff take
/// and decide on, updated in place, and the member is told; task forces are refused to members of organisations without
/// observer status, on the server; an accepted agenda slot reaches the briefing pack; and a form's last answer reaching two
/// instances at once makes one contribution and one card.
/// </summary>
public sealed class ContributionsIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    private const string ChannelId = "19:contributions@thread.tacv2";

    private static readonly string[] Feedback =
        ["PATENTSCOPE", "One case", "The Chinese full texts of CN documents are unreadable after OCR.", "High", "yes"];

    [Fact]
    public async Task FeedbackIsTakenAndAnsweredOnItsCardUpdatedInPlaceAndTheMemberIsTold()
    {
        var (_, inChannel) = await StaffChannelAsync();
        var ada = Host.User("c-ada", "Ada Member");
        await ada.Says("hello");

        var sent = await ContributesAsync(ada, "give feedback", Feedback);
        Assert.Contains("your Feedback is with WIPO staff as **F1**", Assert.Single(sent).Text, StringComparison.Ordinal);
        var card = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("F1: Feedback · PATENTSCOPE", StringComparison.Ordinal));
        Assert.Equal("POST", card.Method);
        Assert.Contains("Status\nreceived, nobody took it yet", card.CardText, StringComparison.Ordinal);
        Assert.Contains("The Chinese full texts of CN documents are unreadable after OCR.", card.CardText, StringComparison.Ordinal);
        Assert.Contains("How important\nHigh", card.CardText, StringComparison.Ordinal);

        // Pressed on the channel's message: the card is updated there through the delivery engine, not redrawn in the thread.
        Assert.Empty(await inChannel.Presses(Button(card, "Take it"), onCardId: card.ActivityId));
        var taken = await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == card.ActivityId && c.CardText.Contains("Taken by\nSam Staff", StringComparison.Ordinal));
        Assert.Contains("Status\ntaken", taken.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Take it", taken.CardText, StringComparison.Ordinal);

        var answer = Button(taken, "Send the answer");
        answer[ContributionVerbs.ReplyInputOf("Answer")] = "We are re-running OCR on those documents.";
        Assert.Empty(await inChannel.Presses(answer, onCardId: card.ActivityId));
        var answered = await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == card.ActivityId && c.CardText.Contains("Status\nanswered", StringComparison.Ordinal));
        Assert.Contains("**WIPO's reply (Sam Staff)**\nWe are re-running OCR on those documents.", answered.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Send the answer", answered.CardText, StringComparison.Ordinal);

        var told = await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.CardText.Contains("We are re-running OCR", StringComparison.Ordinal));
        Assert.Contains("WIPO answered your Feedback **F1** (PATENTSCOPE)", told.CardText, StringComparison.Ordinal);
        await Task.Delay(1000); // a second card or message would come now
        Assert.Single(Connector.CallsFor(ChannelId), c => c.Method == "POST");
        Assert.All(Connector.CallsFor(ChannelId).Where(c => c.Method == "PUT"), c => Assert.Equal(card.ActivityId, c.ActivityId));
        Assert.Empty(Connector.CallsFor(inChannel.ConversationId).Skip(1)); // only the answer to "use this channel"
        Assert.Single(Connector.CallsFor(ada.ConversationId), c => c.CardText.Contains("WIPO answered", StringComparison.Ordinal));

        var mine = Assert.Single(await ada.Says("my contributions")).CardText;
        Assert.Contains("**F1** · Feedback · PATENTSCOPE", mine, StringComparison.Ordinal);
        Assert.Contains("answered", mine, StringComparison.Ordinal);
        Assert.Contains("We are re-running OCR on those documents.", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMagazinePaperSentInOneCardIsDeclinedAndTheMemberIsToldWhy()
    {
        var (_, inChannel) = await StaffChannelAsync();
        var bob = Host.User("c-bob", "Bob Member");
        await bob.Says("hello");

        var first = await bob.Says("propose a paper");
        Assert.Contains("A paper for WIPO Magazine", string.Join("\n", first.Select(c => c.Shown)), StringComparison.Ordinal);
        var question = first[^1];
        Assert.Contains("Its title?", question.CardText, StringComparison.Ordinal);
        var open = Button(question, "Later");
        open.Remove(FormVerbs.ControlKey);
        open[CardVerb.Key] = FormVerbs.OpenCard;
        var form = Assert.Single(await bob.Presses(open, onCardId: question.ActivityId));
        Assert.Contains("Send my answers", form.CardText, StringComparison.Ordinal);

        var submit = Button(form, "Send my answers");
        submit[FormVerbs.InputId("title")] = "Searching sequence listings in PATENTSCOPE";
        submit[FormVerbs.InputId("abstract")] = "How patent searchers find biological sequences, and what they miss.";
        submit[FormVerbs.InputId("authors")] = "Bob Builder, Carla Expert";
        submit[FormVerbs.InputId("language")] = "2";
        var sent = Assert.Single(await bob.Presses(submit, onCardId: form.ActivityId));
        Assert.Contains("your WIPO Magazine paper is with WIPO staff as **M1**", sent.Text, StringComparison.Ordinal);
        var contribution = await Host.Services.GetRequiredService<IContributionStore>().FindAsync("magazine", 1, default);
        Assert.Equal(("Searching sequence listings in PATENTSCOPE", "French", "Bob Builder, Carla Expert"),
            (contribution!["title"], contribution["language"], contribution["authors"]));

        var card = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("M1: WIPO Magazine paper · Searching sequence listings", StringComparison.Ordinal));
        Assert.Contains("Language\nFrench", card.CardText, StringComparison.Ordinal);
        var decline = Button(card, "Decline it");
        decline[ContributionVerbs.ReplyInputOf("Decline")] = "This year's issues are full; try again in the spring.";
        Assert.Empty(await inChannel.Presses(decline, onCardId: card.ActivityId));

        var declined = await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == card.ActivityId && c.CardText.Contains("Status\ndeclined", StringComparison.Ordinal));
        Assert.Contains("Taken by\nSam Staff", declined.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Decline it", declined.CardText, StringComparison.Ordinal);
        var told = await Connector.WaitForAsync(c => c.ConversationId == bob.ConversationId && c.CardText.Contains("WIPO declined", StringComparison.Ordinal));
        Assert.Contains("WIPO declined your WIPO Magazine paper **M1** (Searching sequence listings in PATENTSCOPE).", told.CardText, StringComparison.Ordinal);
        Assert.Contains("This year's issues are full; try again in the spring.", told.CardText, StringComparison.Ordinal);

        // Decided: a second decision changes nothing and tells the sender nothing more.
        var accept = Button(card, "Accept it");
        Assert.Contains("M1 was already decided: declined", Assert.Single(await inChannel.Presses(accept, onCardId: card.ActivityId)).Text, StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.Single(Connector.CallsFor(bob.ConversationId), c => c.CardText.Contains("M1", StringComparison.Ordinal));
        Assert.Single(Connector.CallsFor(ChannelId), c => c.Method == "POST");
    }

    [Fact]
    public async Task ATaskForceIsRefusedToAMemberOfAGroupWithoutObserverStatusAndAcceptedForPiug()
    {
        var (staff, _) = await StaffChannelAsync();
        var olga = await MemberOfAsync(staff, "c-olga", "Olga Other", "AIDB");

        var refused = Assert.Single(await olga.Says("join a task force"));
        Assert.Contains("open to members of organisations with observer status (PDG, PIUG, CEPIUG); AIDB does not have it", refused.Text, StringComparison.Ordinal);
        Assert.Contains("cws.mail@wipo.int", refused.Text, StringComparison.Ordinal);
        // The channels card's button is checked on the server too.
        var pressed = Assert.Single(await olga.Presses(new JObject { [CardVerb.Key] = ContributionVerbs.Start, [ContributionVerbs.KindKey] = "taskforce" }));
        Assert.Contains("AIDB does not have it", pressed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await olga.Says("1"), c => c.CardText.Contains("Which committee?", StringComparison.Ordinal));
        Assert.Empty(await ContributionsTableAsync());
        Assert.DoesNotContain(Connector.CallsFor(ChannelId), c => c.Method == "POST" && c.CardText.Contains("Task force request", StringComparison.Ordinal));

        var pia = await MemberOfAsync(staff, "c-pia", "Pia Member", "PIUG");
        var sent = await ContributesAsync(pia, "join a task force", "1", "XML4IP Task Force", "Ten years of implementing ST.96 in our search tools.");
        Assert.Contains("is with WIPO staff as **T1**", Assert.Single(sent).Text, StringComparison.Ordinal);
        var card = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("T1: Task force request · Committee on WIPO Standards (CWS)", StringComparison.Ordinal));
        Assert.Contains("From\nPia Member (PIUG)", card.CardText, StringComparison.Ordinal);
        var stored = Assert.Single(await Host.Services.GetRequiredService<IContributionStore>().ListAsync("taskforce", default));
        Assert.Equal(("T1", "PIUG", "XML4IP Task Force"), (stored.Code, stored.SenderGroup, stored["group"]));
    }

    [Fact]
    public async Task AnAcceptedAgendaSlotIsInTheMeetingsBriefingPack()
    {
        var (staff, inChannel) = await StaffChannelAsync();
        var date = DateTimeOffset.UtcNow.AddDays(40);
        var meetings = Assert.Single(await staff.Says("meetings"));
        var save = Button(meetings, "Add the meeting");
        save[QuestionVerbs.NameInput] = "Round Table 2027";
        save[QuestionVerbs.DateInput] = Day(date);
        save[QuestionVerbs.OpensInput] = Day(DateTimeOffset.UtcNow.AddDays(-1));
        save[QuestionVerbs.ClosesInput] = Day(date.AddDays(-2));
        save[QuestionVerbs.TopicsInput] = "Sequence listings";
        Assert.Contains("Added Round Table 2027", Assert.Single(await staff.Presses(save, onCardId: meetings.ActivityId)).CardText, StringComparison.Ordinal);

        var ada = await MemberOfAsync(staff, "c-ada4", "Ada Member", "PDG");
        var sent = await ContributesAsync(ada, "ask for an agenda slot", "1", "Chemical structure search in PATENTSCOPE", "Ada Lovelace", "20", "skip");
        Assert.Contains("as **A1**", Assert.Single(sent).Text, StringComparison.Ordinal);
        var card = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("A1: Agenda slot · Chemical structure search in PATENTSCOPE", StringComparison.Ordinal));
        Assert.Contains("Meeting\nround-table-2027", card.CardText, StringComparison.Ordinal);

        Assert.Empty(await inChannel.Presses(Button(card, "Accept it"), onCardId: card.ActivityId));
        await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == card.ActivityId && c.CardText.Contains("Status\naccepted", StringComparison.Ordinal));
        await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.CardText.Contains("WIPO accepted your", StringComparison.Ordinal)
            && c.CardText.Contains("**A1**", StringComparison.Ordinal));

        Assert.Contains("Preparing the briefing pack of Round Table 2027", Assert.Single(await staff.Says("briefing pack")).Text, StringComparison.Ordinal);
        var links = await ReadyLinksAsync(staff, 2);
        using var http = new HttpClient();
        const string Slot = "Chemical structure search in PATENTSCOPE: Ada Lovelace (PDG), 20 minutes [A1]";
        var markdown = await http.GetStringAsync(links.Single(l => l.AbsolutePath.EndsWith(".md", StringComparison.Ordinal)));
        Assert.Contains(Slot, Markdown.ToPlainText(markdown), StringComparison.Ordinal);
        var docx = await http.GetByteArrayAsync(links.Single(l => l.AbsolutePath.EndsWith(".docx", StringComparison.Ordinal)));
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var agenda = paragraphs.IndexOf("Agenda");
        Assert.True(agenda >= 0, "the pack has an agenda");
        Assert.Equal(["• Sequence listings", "• " + Slot], paragraphs.Skip(agenda + 1).Take(2));
    }

    [Fact]
    public async Task AFormsLastAnswerDeliveredToTwoInstancesAtOnceRecordsOneContributionAndOneCard()
    {
        await using var second = new BotHost(Azurite, Connector, tablePrefix: Host.TablePrefix);
        _ = second.Server;
        await StaffChannelAsync();

        // The same activity given to both instances (a re-delivery) and, for others, the last button pressed twice, each press
        // reaching another instance: either way one contribution, one card, one code.
        for (var round = 0; round < 4; round++)
        {
            var member = Host.User($"c-twice-{round}", "Ada Member");
            await member.Says("hello");
            var last = await ContributesAsync(member, "give feedback", Feedback[..^1]);
            var question = Assert.Single(last, c => c.CardText.Contains("May WIPO contact you about it?", StringComparison.Ordinal));
            var onSecond = member.On(second);
            if (round % 2 == 0)
            {
                var body = member.Activity("message", new JObject { ["text"] = "yes" }).ToString();
                await Task.WhenAll(member.PostAsync(body), onSecond.PostAsync(body));
            }
            else
            {
                var yes = Button(question, "Yes");
                await Task.WhenAll(member.Presses(yes, onCardId: question.ActivityId), onSecond.Presses(yes, onCardId: question.ActivityId));
            }

            // Numbers may skip (the instance that lost drew one too), so the code is read from what was recorded.
            var told = await Connector.WaitForAsync(c => c.ConversationId == member.ConversationId && c.Text is { } t && t.Contains("is with WIPO staff as", StringComparison.Ordinal));
            var stored = await Host.Services.GetRequiredService<IContributionStore>().ListAsync("feedback", default);
            Assert.Equal(round + 1, stored.Count);
            var code = stored[^1].Code;
            Assert.Equal(member.ObjectId, stored[^1].Sender.ObjectId);
            Assert.Contains($"**{code}**", told.Text, StringComparison.Ordinal);
            await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains($"{code}: Feedback", StringComparison.Ordinal));
            await Task.Delay(1000); // a second card or contribution would come now
            Assert.Equal(round + 1, (await Host.Services.GetRequiredService<IContributionStore>().ListAsync("feedback", default)).Count);
            Assert.Single(Connector.CallsFor(ChannelId), c => c.Method == "POST" && c.CardText.Contains($"{code}: Feedback", StringComparison.Ordinal));
            Assert.Equal(round + 1, Connector.CallsFor(ChannelId).Count(c => c.Method == "POST" && c.CardText.Contains(": Feedback · ", StringComparison.Ordinal)));
            Assert.All(Connector.CallsFor(member.ConversationId).Where(c => c.Text is { } t && t.Contains("is with WIPO staff as", StringComparison.Ordinal)),
                c => Assert.Contains($"**{code}**", c.Text, StringComparison.Ordinal));
            Assert.DoesNotContain(await ContributionsTableAsync(), row => row.PartitionKey.StartsWith("draft|", StringComparison.Ordinal));
        }
    }

    private async Task<(ChatUser Staff, ChatUser InChannel)> StaffChannelAsync()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        Connector.TeamRoster.Enqueue((BotHost.StaffId, "Sam Staff"));
        var inChannel = staff.InTeam("team-1", "WIPO staff", ChannelId);
        Assert.Contains("From now on", Assert.Single(await inChannel.Says("<at>CollabBot</at> use this channel for questions")).Text, StringComparison.Ordinal);
        return (staff, inChannel);
    }

    /// <summary>A member who chose a user group in their profile, and staff confirmed it.</summary>
    private async Task<ChatUser> MemberOfAsync(ChatUser staff, string id, string name, string group)
    {
        var member = Host.User(id, name);
        await member.Says("hello");
        await member.Presses(new JObject { [CardVerb.Key] = ProfileCard.SaveVerb, [ProfileCard.GroupInput] = group });
        await staff.Presses(new JObject
        {
            [CardVerb.Key] = PendingGroupsCard.ConfirmVerb,
            [PendingGroupsCard.TenantKey] = BotHost.Tenant,
            [PendingGroupsCard.MemberKey] = id,
            [PendingGroupsCard.GroupKey] = group,
        });
        // Told on its own, a moment later: waited for here, so that it is not taken for an answer to what the member says next.
        await Connector.WaitForAsync(c => c.ConversationId == member.ConversationId && c.Shown.Contains($"WIPO staff confirmed that you belong to **{group}**", StringComparison.Ordinal));
        return member;
    }

    /// <summary>Walks a channel's form step by step; every step but the last must ask the next question.</summary>
    /// <returns>What the member is told at the last step.</returns>
    private static async Task<IReadOnlyList<ConnectorCall>> ContributesAsync(ChatUser member, string start, params string[] answers)
    {
        string[] steps = [start, .. answers];
        foreach (var step in steps[..^1])
        {
            var replies = await member.Says(step);
            Assert.True(replies.Count > 0 && replies[^1].Card is not null,
                $"step \"{step}\" should ask the next question, but said:\n{string.Join("\n", replies.Select(r => r.Shown))}");
        }
        return await member.Says(steps[^1]);
    }

    /// <summary>Every row of the contributions table: contributions, counters, drafts.</summary>
    private async Task<List<TableEntity>> ContributionsTableAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Host.Services.GetRequiredService<CollabTables>()[TableContributionStore.TableName].QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }
        return rows;
    }

    private async Task<List<Uri>> ReadyLinksAsync(ChatUser staff, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var ready = Connector.CallsFor(staff.ConversationId).Where(c => c.CardText.Contains("Your export is ready", StringComparison.Ordinal)).ToList();
            if (ready.Count >= count)
            {
                return [.. ready.Select(c => new Uri((string)c.Card!.Descendants().OfType<JObject>().First(a => (string?)a["type"] == "Action.OpenUrl")["url"]!))];
            }
            Assert.True(DateTime.UtcNow < deadline, "the export links did not come");
            await Task.Delay(100);
        }
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JObject Button(ConnectorCall card, string title) =>
        (JObject)card.Card!.Descendants().OfType<JObject>().First(a => (string?)a["title"] == title && a["data"] is JObject)["data"]!.DeepClone();
}
