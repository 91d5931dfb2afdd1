using CollabBot.Bot.Files;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>
/// Round Table questions through the real host on Azurite: the staff channel set from a team, a member's question
/// arriving there as a ticket card that staff act on and that is updated in place, the asker told, and pings driven
/// by a fake clock, once across two instances.
/// </summary>
public sealed class QuestionsIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    private const string ChannelId = "19:staff@thread.tacv2";

    // Wednesday 25 November 2026, 10:00 in Geneva: working time.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    protected override BotHost CreateHost() => NewHost(null);

    private BotHost NewHost(string? tablePrefix) => new(Azurite, Connector, new Dictionary<string, string?>
    {
        ["Questions:OnDuty:0"] = BotHost.StaffId,
        ["Questions:TakeWithin"] = "04:00:00",
    }, services => services.AddSingleton<TimeProvider>(clock), tablePrefix);

    [Fact]
    public async Task AMembersQuestionBecomesATicketThatStaffAnswerInPlaceAndTheMemberIsTold()
    {
        var (staff, ada) = await ChannelAndMeetingAsync();

        var sent = await AskAsync(ada, "Will PATENTSCOPE index sequence listings in full text?");
        Assert.Contains("your question **Q1**", sent, StringComparison.Ordinal);
        var ticket = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("Q1: question for Round Table 2026", StringComparison.Ordinal));
        Assert.Contains("Ada Member", ticket.CardText, StringComparison.Ordinal);

        var inChannel = staff.InTeam("team-1", "WIPO staff", ChannelId);
        Assert.Empty(await inChannel.Presses(Button(ticket, "Take it"), onCardId: ticket.ActivityId));
        await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == ticket.ActivityId && c.CardText.Contains("Sam Staff took it", StringComparison.Ordinal));
        await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.Text is { } t && t.Contains("**Q1**", StringComparison.Ordinal)
            && t.Contains("being answered", StringComparison.Ordinal));

        var answer = Button(ticket, "Send the answer");
        answer[QuestionVerbs.AnswerInput] = "Yes, from the March release.";
        answer[QuestionVerbs.PublishInput] = "true";
        await inChannel.Presses(answer, onCardId: ticket.ActivityId);

        await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.Text is { } t && t.Contains("Yes, from the March release.", StringComparison.Ordinal));
        await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == ticket.ActivityId && c.CardText.Contains("Yes, from the March release.", StringComparison.Ordinal));
        Assert.Single(Connector.CallsFor(ChannelId), c => c.Method == "POST");
        Assert.Equal(2, Connector.CallsFor(ChannelId).Count(c => c.Method == "PUT" && c.ActivityId == ticket.ActivityId)); // once per change, not twice
        var qa = Assert.Single(await Host.User("q-bob", "Bob Member").Says("round table q&a"));
        Assert.Contains("Yes, from the March release.", qa.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", qa.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberPressingAStaffButtonIsRefusedAndTheQuestionIsUnchanged()
    {
        var (_, ada) = await ChannelAndMeetingAsync();
        await AskAsync(ada, "Can the Global Brand Database export to CSV?");
        var ticket = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("Q1", StringComparison.Ordinal));

        var refused = await ada.Presses(Button(ticket, "Take it"));

        Assert.Contains("WIPO staff", Assert.Single(refused).Text, StringComparison.Ordinal);
        var stored = await Host.Services.GetRequiredService<IQuestionStore>().FindAsync("round-table-2026", 1, default);
        Assert.Equal((QuestionStatus.Received, null), (stored!.Status, stored.AssigneeId));
    }

    [Fact]
    public async Task AQuestionNobodyTakesIsPingedOnceInItsThreadMentioningTheStaffOnDutyEvenWithTwoInstances()
    {
        var (_, ada) = await ChannelAndMeetingAsync();
        await using var second = NewHost(Host.TablePrefix);
        _ = second.Server;
        await AskAsync(ada, "When will WIPO Translate support Finnish?");
        var ticket = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("Q1", StringComparison.Ordinal));
        var thread = $"{ChannelId};messageid={ticket.ActivityId}";

        clock.Advance(TimeSpan.FromHours(3.9));
        await Task.Delay(2500);
        Assert.Empty(Connector.CallsFor(thread));

        clock.Advance(TimeSpan.FromMinutes(10));
        var ping = await Connector.WaitForAsync(c => c.ConversationId == thread);
        Assert.Contains("<at>Sam Staff</at>", ping.Text, StringComparison.Ordinal);
        Assert.Contains(ping.Activity["entities"]!, e => (string?)e["type"] == "mention" && (string?)e["mentioned"]?["id"] == BotHost.StaffId);
        await Task.Delay(3000);
        Assert.Single(Connector.CallsFor(thread));
    }

    [Fact]
    public async Task NoPingComesAtTheWeekendAndTheFirstComesOnMonday()
    {
        var (_, ada) = await ChannelAndMeetingAsync();
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero)); // Friday 16:00 in Geneva
        await AskAsync(ada, "Is a new IPC version planned for 2027?");
        var ticket = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("Q1", StringComparison.Ordinal));
        var thread = $"{ChannelId};messageid={ticket.ActivityId}";

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)); // Sunday
        await Task.Delay(2500);
        Assert.Empty(Connector.CallsFor(thread));

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 9, 1, 0, TimeSpan.Zero)); // Monday 10:01: two hours were left on Friday
        await Connector.WaitForAsync(c => c.ConversationId == thread);
    }

    [Fact]
    public async Task AChannelOfATeamWithMembersWhoAreNotStaffIsRefusedNamingThem()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        Connector.TeamRoster.Enqueue((BotHost.StaffId, "Sam Staff"));
        Connector.TeamRoster.Enqueue(("outsider-1", "Olga Outsider"));

        var refused = Assert.Single(await staff.InTeam("team-1", "Mixed team", ChannelId).Says("<at>CollabBot</at> use this channel for questions"));

        Assert.Contains("Olga Outsider", refused.Text, StringComparison.Ordinal);
        Assert.Null(await Host.Services.GetRequiredService<IQuestionStore>().FindStaffChannelAsync(default));
    }

    [Fact]
    public async Task TheBriefingPackIsAWordDocumentAndMarkdownHoldingEveryQuestionAnswerAndPlan()
    {
        clock.SetUtcNow(DateTimeOffset.UtcNow); // download links are signed for minutes from now
        var (staff, ada) = await ChannelAndMeetingAsync();
        await AskAsync(ada, "Will PATENTSCOPE index sequence listings in full text?");
        await AskAsync(Host.User("q-bob", "Bob Member"), "Can WIPO Translate <handle> *Finnish* claims?");
        var store = Host.Services.GetRequiredService<IQuestionStore>();
        await store.UpdateAsync("round-table-2026", 1, q => q with { Status = QuestionStatus.Answered, Answer = "From the March release." }, default);

        Assert.Contains("Preparing the briefing pack of Round Table 2026", Assert.Single(await staff.Says("briefing pack")).Text, StringComparison.Ordinal);

        var links = await ReadyLinksAsync(staff, 2);
        using var http = new HttpClient();
        var docx = await http.GetByteArrayAsync(links.Single(l => l.AbsolutePath.EndsWith(".docx", StringComparison.Ordinal)));
        var markdown = await http.GetStringAsync(links.Single(l => l.AbsolutePath.EndsWith(".md", StringComparison.Ordinal)));

        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
        string[] expected = ["Round Table 2026: briefing pack", "Agenda", "Sequence listings", "Machine translation",
            "Will PATENTSCOPE index sequence listings in full text?", "Can WIPO Translate <handle> *Finnish* claims?", "From the March release.",
            "Current plans of the products concerned", "PATENTSCOPE", "WIPO Translate", "Asked by Ada Member"];
        Assert.All(expected, e => Assert.Contains(e, text, StringComparison.Ordinal));

        var parsed = Markdown.Parse(markdown);
        var headings = parsed.Descendants<HeadingBlock>().Select(h => string.Concat(h.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()))).ToList();
        Assert.Contains("Agenda", headings);
        Assert.Contains("PATENTSCOPE", headings);
        var plain = Markdown.ToPlainText(markdown);
        Assert.All(expected, e => Assert.Contains(e, plain, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MinutesRecordOutcomesReachMembersWithoutAskersAndAnOwedFollowUpIsRemindedThenCarriedOver()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)); // Wednesday, 10:00 in Geneva
        var (staff, ada) = await ChannelAndMeetingAsync();
        var bob = Host.User("q-bob", "Bob Member");
        await bob.Says("hello");
        await AskAsync(ada, "Will PATENTSCOPE index sequence listings in full text?");
        await AskAsync(bob, "Can WIPO Translate handle Finnish claims?");
        var inChannel = staff.InTeam("team-1", "WIPO staff", ChannelId);
        var q1 = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("Q1: question", StringComparison.Ordinal));
        var q2 = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("Q2: question", StringComparison.Ordinal));

        var inMeeting = Button(q1, "Record the outcome");
        inMeeting[QuestionVerbs.OutcomeInput] = "meeting";
        inMeeting[QuestionVerbs.OutcomeTextInput] = "Shown in the meeting's demonstration.";
        await inChannel.Presses(inMeeting, onCardId: q1.ActivityId);
        var followUp = Button(q2, "Record the outcome");
        followUp[QuestionVerbs.OutcomeInput] = "followup";
        followUp[QuestionVerbs.OutcomeTextInput] = "Check with the translation team.";
        followUp[QuestionVerbs.FollowUpOwnerInput] = $"{BotHost.Tenant}/{BotHost.StaffId}";
        followUp[QuestionVerbs.FollowUpDueInput] = "2026-12-03";
        await inChannel.Presses(followUp, onCardId: q2.ActivityId);
        await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == q2.ActivityId && c.CardText.Contains("follow-up owed by 2026-12-03", StringComparison.Ordinal));

        var card = Assert.Single(await staff.Says("minutes"));
        Assert.Contains("Answered in the meeting\n1", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Follow-ups owed\n1", card.CardText, StringComparison.Ordinal);
        await staff.Presses(Button(card, "Send to every member"), onCardId: card.ActivityId);
        foreach (var member in new[] { ada, bob })
        {
            var minutes = await Connector.WaitForAsync(c => c.ConversationId == member.ConversationId && c.CardText.Contains("Minutes of Round Table 2026", StringComparison.Ordinal));
            Assert.Contains("Shown in the meeting's demonstration.", minutes.CardText, StringComparison.Ordinal);
            Assert.Contains("Follow-up due by 3 December 2026", minutes.CardText, StringComparison.Ordinal);
            Assert.DoesNotContain("Ada Member", minutes.CardText, StringComparison.Ordinal);
            Assert.DoesNotContain("Bob Member", minutes.CardText, StringComparison.Ordinal);
        }

        var exporter = Host.Services.GetServices<IExporter>().Single(e => e.Kind == Minutes.ExportKind);
        var docx = (await exporter.BuildAsync("round-table-2026", ExportFormat.Docx, default))!.File;
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx.Content), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
            Assert.All(["Answered in the meeting (1)", "Follow-ups owed (1)", "Will PATENTSCOPE index sequence listings in full text?",
                "Shown in the meeting's demonstration.", "Can WIPO Translate handle Finnish claims?", "Check with the translation team.", "Bob Member"],
                e => Assert.Contains(e, text, StringComparison.Ordinal));
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 7, 30, 0, TimeSpan.Zero)); // Friday 8:30 in Geneva: the follow-up is overdue
        await Connector.WaitForAsync(c => c.ConversationId == staff.ConversationId && c.Text is { } t && t.StartsWith("Reminder: the follow-up on Q2", StringComparison.Ordinal));

        var meetings = Assert.Single(await staff.Says("meetings"));
        var next = Button(meetings, "Add the meeting");
        next[QuestionVerbs.NameInput] = "Round Table 2027";
        next[QuestionVerbs.DateInput] = "2027-06-10";
        next[QuestionVerbs.OpensInput] = "2027-03-01";
        next[QuestionVerbs.ClosesInput] = "2027-06-01";
        Assert.Contains("1 follow-up still owed from an earlier meeting is carried over", Assert.Single(await staff.Presses(next)).CardText, StringComparison.Ordinal);
        var store = Host.Services.GetRequiredService<IQuestionStore>();
        var carried = await store.FindAsync("round-table-2027", 1, default);
        Assert.Equal(("Round Table 2026 Q2", QuestionStatus.FollowUpOwed, "Can WIPO Translate handle Finnish claims?"), (carried!.CarriedFrom, carried.Status, carried.Text));
        Assert.Equal(QuestionStatus.Closed, (await store.FindAsync("round-table-2026", 2, default))!.Status);
        Assert.Contains("Q2", Assert.Single(await bob.Says("my questions")).CardText, StringComparison.Ordinal);
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

    private async Task<(ChatUser Staff, ChatUser Ada)> ChannelAndMeetingAsync()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        Connector.TeamRoster.Enqueue((BotHost.StaffId, "Sam Staff"));
        var set = Assert.Single(await staff.InTeam("team-1", "WIPO staff", ChannelId).Says("<at>CollabBot</at> use this channel for questions"));
        Assert.Contains("From now on", set.Text, StringComparison.Ordinal);

        var meetings = Assert.Single(await staff.Says("meetings"));
        var save = Button(meetings, "Add the meeting");
        save[QuestionVerbs.NameInput] = "Round Table 2026";
        save[QuestionVerbs.DateInput] = "2026-12-10";
        save[QuestionVerbs.OpensInput] = "2026-11-01";
        save[QuestionVerbs.ClosesInput] = "2026-12-08";
        save[QuestionVerbs.TopicsInput] = "Sequence listings, Machine translation";
        Assert.Contains("Added Round Table 2026", Assert.Single(await staff.Presses(save, onCardId: meetings.ActivityId)).CardText, StringComparison.Ordinal);

        var ada = Host.User("q-ada", "Ada Member");
        await ada.Says("hello");
        return (staff, ada);
    }

    /// <summary>Asks step by step: the text comes with the command, then topic, how the asker is shown, and sharing.</summary>
    private static async Task<string> AskAsync(ChatUser member, string question)
    {
        var topic = await member.Says("ask a question " + question);
        Assert.Contains("What is it about?", string.Join("\n", topic.Select(c => c.Shown)), StringComparison.Ordinal);
        await member.Says("Something else");
        await member.Says("1");
        var sent = await member.Says("no");
        return string.Join("\n", sent.Select(c => c.Shown));
    }

    private static JObject Button(ConnectorCall card, string title) =>
        (JObject)card.Card!.Descendants().OfType<JObject>().First(a => (string?)a["title"] == title && a["data"] is JObject)["data"]!.DeepClone();
}
