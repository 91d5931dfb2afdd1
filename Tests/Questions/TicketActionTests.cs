using System.Text.Json;
using CollabBot.Cards.Model;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Questions;

/// <summary>
/// Staff acting on a question's ticket card in the staff channel: the question changes, the ticket is updated in place
/// through the delivery engine, and its askers are told in their language. Members can press none of it.
/// </summary>
public sealed class TicketActionTests
{
    private static readonly DateTimeOffset Asked = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The meeting open, the staff channel set, these questions asked (not shared) and their tickets posted; staff then act half an hour later, in the channel.</summary>
    private static async Task<ChatHarness> AskedAsync(params (Member Who, string Text)[] questions)
    {
        var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.WithStaffChannelAsync();
        foreach (var (who, text) in questions)
        {
            await chat.AsksAsync(who, text, share: false);
        }
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();
        chat.Clock.Advance(TimeSpan.FromMinutes(30));
        chat.Conversation = ConversationKind.Channel;
        chat.Channel = TeamChannel(new RosterEntry(ChatHarness.StaffObjectId, "Sam Staff"));
        return chat;
    }

    private static Task<ChatHarness> AdaAskedAsync() => AskedAsync((Ada, "Can PATENTSCOPE export results to Excel?"));

    private static string Whole(Question q) => JsonSerializer.Serialize(q);

    private static async Task<string> TicketIdAsync(ChatHarness chat, int number) =>
        QuestionTickets.TicketOf((await chat.RoundTable.FindStaffChannelAsync(default))!, MeetingId, number);

    [Fact]
    public async Task TakingAssignsTheTakerWithADueTimeUpdatesTheTicketInPlaceAndTellsTheAsker()
    {
        using var chat = await AdaAskedAsync();

        var replies = await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);

        var shown = Assert.IsType<CardUpdate>(Assert.Single(replies)).Card.AllText();
        Assert.Contains("Status\nTaken", shown, StringComparison.Ordinal);
        Assert.Contains("Assignee\nSam Staff", shown, StringComparison.Ordinal);
        Assert.Contains("2026-11-25 10:30 UTC Sam Staff took it", shown, StringComparison.Ordinal);
        var q = await chat.QuestionAsync(1);
        // Asked at 11:30 in Zurich: 6.5 working hours left on Wednesday, 9.5 on Thursday from 08:00.
        Assert.Equal((QuestionStatus.Taken, "t1/sam", "Sam Staff", new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.Zero)),
            (q.Status, q.AssigneeId, q.AssigneeName, q.DueAt));
        var refresh = Assert.Single(chat.Deliveries.Requested, r => r.Updates is not null);
        Assert.Equal((await TicketIdAsync(chat, 1), TicketContent.Kind, ChannelAddress),
            (refresh.Updates, refresh.Content, Assert.Single(refresh.Audience.Conversations).Address));
        Assert.Contains(chat.Deliveries.Scheduled, d => d.Payload.StartsWith($"{MeetingId}|1|answer-", StringComparison.Ordinal) && d.At == q.DueAt);

        await chat.Deliveries.DeliverAsync();

        var update = Assert.IsType<CardUpdate>(Assert.Single(chat.DeliveredToChannel())).Card;
        Assert.Contains("Assignee\nSam Staff", update.AllText(), StringComparison.Ordinal);
        Assert.Equal(["text: " + Texts.English<QuestionTexts>("Moved", "Q1", MeetingName, "being answered")], chat.DeliveredTo(Ada).Select(r => r.Describe()));
    }

    [Fact]
    public async Task PressedOnThePostedTicketItIsUpdatedOnceByTheDeliveryEngineNotTwice()
    {
        using var chat = await AdaAskedAsync();
        var ticket = await TicketIdAsync(chat, 1);
        chat.Notifier.Sent.Clear();

        var replies = await chat.PressesOnMessageAsync(Sam, ticket, await chat.TicketButtonAsync(1, QuestionVerbs.Take));
        await chat.Deliveries.DeliverAsync();

        Assert.Empty(replies);
        var update = Assert.IsType<CardUpdate>(Assert.Single(chat.DeliveredToChannel())).Card;
        Assert.Contains("Assignee\nSam Staff", update.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("de")]
    public async Task TheAskerIsToldInTheirOwnLanguage(string language)
    {
        var asker = language switch { "fr" => Chloe, "es" => Elena, _ => Dieter };
        using var chat = await AskedAsync((asker, "PCT?"));

        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);
        await chat.Deliveries.DeliverAsync();

        var status = Texts.In<QuestionTexts>(language, "StatusTaken");
        Assert.Equal(["text: " + Texts.In<QuestionTexts>(language, "Moved", "Q1", MeetingName, status)], chat.DeliveredTo(asker).Select(r => r.Describe()));
        Assert.NotEqual(Texts.English<QuestionTexts>("StatusTaken"), status);
    }

    [Fact]
    public async Task TakingAgainChangesNothing()
    {
        using var chat = await AdaAskedAsync();
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);
        var taken = Whole(await chat.QuestionAsync(1));
        var requested = chat.Deliveries.Requested.Count;
        chat.Clock.Advance(TimeSpan.FromMinutes(5));

        var replies = await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);

        Assert.IsType<CardUpdate>(Assert.Single(replies));
        Assert.Equal(taken, Whole(await chat.QuestionAsync(1)));
        Assert.Equal(requested, chat.Deliveries.Requested.Count);
    }

    [Fact]
    public async Task AssigningGivesItToTheStaffMemberChosen()
    {
        using var chat = await AdaAskedAsync();
        var choices = (await chat.TicketAsync(1)).AllText();

        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Assign, (QuestionVerbs.AssigneeInput, "t1/kim"));

        Assert.Contains("Assign to\nKim Staff\nLee Lead\nSam Staff", choices, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", choices[choices.IndexOf("Assign to", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var q = await chat.QuestionAsync(1);
        Assert.Equal((QuestionStatus.Taken, "t1/kim", "Kim Staff"), (q.Status, q.AssigneeId, q.AssigneeName));
        Assert.Equal("Sam Staff assigned it to Kim Staff", $"{q.History[^1].By} {q.History[^1].What}");
    }

    [Fact]
    public async Task BeforeAnyStaffHasSpokenToTheBotTheTicketOffersNobodyToAssignTo()
    {
        using var chat = Start(registered: false);
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Ada, "Can PATENTSCOPE export results to Excel?");

        var ticket = await chat.TicketAsync(1);

        Assert.DoesNotContain("Assign to", ticket.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Follow-up owner", ticket.AllText(), StringComparison.Ordinal);
        Assert.Equal([QuestionVerbs.Take, QuestionVerbs.AnswerIt, QuestionVerbs.RecordOutcome, QuestionVerbs.Merge, QuestionVerbs.Agenda, QuestionVerbs.Close],
            ticket.Buttons().Select(b => b.Data[CardVerb.Key]));
    }

    [Theory]
    [InlineData("t1/ada")]
    [InlineData("t1/nobody")]
    [InlineData("")]
    public async Task AssigningToSomeoneWhoIsNotKnownStaffIsRefused(string assignee)
    {
        using var chat = await AdaAskedAsync();
        var before = Whole(await chat.QuestionAsync(1));

        var replies = await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Assign, (QuestionVerbs.AssigneeInput, assignee));

        Assert.Equal(["text: Choose a member of staff to assign it to (only staff who have spoken to the bot can be reminded)."], replies.Select(r => r.Describe()));
        Assert.Equal(before, Whole(await chat.QuestionAsync(1)));
    }

    [Fact]
    public async Task APublishedAnswerReachesTheAskerAndEveryMemberInTheQa()
    {
        using var chat = await AdaAskedAsync();

        var replies = await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.AnswerIt, (QuestionVerbs.AnswerInput, " Yes: use the CSV export. "),
            (QuestionVerbs.PublishInput, "true"));
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("**Answer (published):** Yes: use the CSV export.", replies.Shown(), StringComparison.Ordinal);
        var q = await chat.QuestionAsync(1);
        Assert.Equal((QuestionStatus.Answered, "Yes: use the CSV export.", "Sam Staff", true, "Sam Staff"), (q.Status, q.Answer, q.AnsweredBy, q.Published, q.AssigneeName));
        Assert.Equal(["text: " + Texts.English<QuestionTexts>("MovedWithAnswer", "Q1", MeetingName, "Yes: use the CSV export.")],
            chat.DeliveredTo(Ada).Select(r => r.Describe()));
        chat.Conversation = ConversationKind.Personal;
        var qa = (await chat.SaysAsync(Bob, "round table q&a")).Shown();
        Assert.Contains("Can PATENTSCOPE export results to Excel?", qa, StringComparison.Ordinal);
        Assert.Contains("Yes: use the CSV export.", qa, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", qa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerNotPublishedReachesOnlyTheAsker()
    {
        using var chat = await AdaAskedAsync();

        var replies = await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.AnswerIt, (QuestionVerbs.AnswerInput, "Yes, for you."), (QuestionVerbs.PublishInput, "false"));
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("**Answer (to the asker):** Yes, for you.", replies.Shown(), StringComparison.Ordinal);
        Assert.False((await chat.QuestionAsync(1)).Published);
        Assert.Equal(["text: " + Texts.English<QuestionTexts>("MovedWithAnswer", "Q1", MeetingName, "Yes, for you.")],
            chat.DeliveredTo(Ada).Select(r => r.Describe()));
        chat.Conversation = ConversationKind.Personal;
        var qa = (await chat.SaysAsync(Bob, "round table q&a")).Shown();
        Assert.Contains(Texts.English<QuestionTexts>("QaEmpty"), qa, StringComparison.Ordinal);
        Assert.DoesNotContain("Yes, for you.", qa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Type the answer on the card first.")]
    [InlineData("   ", "Type the answer on the card first.")]
    [InlineData("[4001]", "The answer is 4001 characters long; keep it under 4000.")]
    public async Task AnEmptyOrOverLongAnswerIsRefused(string answer, string why)
    {
        using var chat = await AdaAskedAsync();
        var before = Whole(await chat.QuestionAsync(1));

        var replies = await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.AnswerIt,
            (QuestionVerbs.AnswerInput, answer == "[4001]" ? new string('a', 4001) : answer), (QuestionVerbs.PublishInput, "true"));

        Assert.Equal(["text: " + why], replies.Select(r => r.Describe()));
        Assert.Equal(before, Whole(await chat.QuestionAsync(1)));
        Assert.DoesNotContain(chat.Deliveries.Requested, r => r.Content == QuestionMovedContent.Kind);
    }

    [Fact]
    public async Task PuttingItOnTheAgendaTellsTheAsker()
    {
        using var chat = await AdaAskedAsync();

        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Agenda);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(QuestionStatus.OnAgenda, (await chat.QuestionAsync(1)).Status);
        Assert.Equal(["text: " + Texts.English<QuestionTexts>("Moved", "Q1", MeetingName, "on the meeting's agenda")], chat.DeliveredTo(Ada).Select(r => r.Describe()));
    }

    [Fact]
    public async Task MergingCarriesTheAskerAndVoicesOverAndTheyAreToldOfTheOtherQuestionsChanges()
    {
        using var chat = await AskedAsync((Ada, "Can PATENTSCOPE export results to Excel?"), (Bob, "Is there an Excel export in PATENTSCOPE?"));
        var bobs = (await chat.QuestionAsync(2)).Asker;

        var replies = await chat.PressesOnTicketAsync(Sam, 2, QuestionVerbs.Merge, (QuestionVerbs.MergeIntoInput, "q1"));
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("Status\nmerged into Q1", replies.Shown(), StringComparison.Ordinal);
        var (one, two) = (await chat.QuestionAsync(1), await chat.QuestionAsync(2));
        Assert.Equal(("Q1", false), (two.MergedInto, two.IsOpen));
        Assert.Equal((1, true), (one.Voices, one.AlsoTell.Contains(bobs)));
        var ticketOne = await TicketIdAsync(chat, 1);
        Assert.Contains(chat.Deliveries.Requested, r => r.Updates == ticketOne);
        Assert.Equal(["text: " + Texts.English<QuestionTexts>("Moved", "Q2", MeetingName, "merged into Q1")], chat.DeliveredTo(Bob).Select(r => r.Describe()));
        Assert.Empty(chat.DeliveredTo(Ada));

        chat.Notifier.Sent.Clear();
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);
        await chat.Deliveries.DeliverAsync();

        var moved = "text: " + Texts.English<QuestionTexts>("Moved", "Q1", MeetingName, "being answered");
        Assert.Equal([moved], chat.DeliveredTo(Bob).Select(r => r.Describe()));
        Assert.Equal([moved], chat.DeliveredTo(Ada).Select(r => r.Describe()));
        Assert.Contains("Also asked by\n1 member", (await chat.TicketAsync(1)).AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Q2")]
    [InlineData("9")]
    [InlineData("first")]
    [InlineData("")]
    public async Task MergingIntoItselfOrAQuestionThatIsNotThereIsRefused(string into)
    {
        using var chat = await AskedAsync((Ada, "Can PATENTSCOPE export results to Excel?"), (Bob, "Is there an Excel export in PATENTSCOPE?"));
        var before = (Whole(await chat.QuestionAsync(1)), Whole(await chat.QuestionAsync(2)));

        var replies = await chat.PressesOnTicketAsync(Sam, 2, QuestionVerbs.Merge, (QuestionVerbs.MergeIntoInput, into));

        Assert.Equal(["text: Type the number of another open question of the same meeting (such as Q1) to merge Q2 into."], replies.Select(r => r.Describe()));
        Assert.Equal(before, (Whole(await chat.QuestionAsync(1)), Whole(await chat.QuestionAsync(2))));
    }

    [Fact]
    public async Task MergingIntoAClosedQuestionIsRefused()
    {
        using var chat = await AskedAsync((Ada, "Can PATENTSCOPE export results to Excel?"), (Bob, "Is there an Excel export in PATENTSCOPE?"));
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Close);

        var replies = await chat.PressesOnTicketAsync(Sam, 2, QuestionVerbs.Merge, (QuestionVerbs.MergeIntoInput, "Q1"));

        Assert.StartsWith("text: Type the number of another open question", Assert.Single(replies).Describe(), StringComparison.Ordinal);
        Assert.Null((await chat.QuestionAsync(2)).MergedInto);
    }

    [Fact]
    public async Task AClosedQuestionOffersNoMoreActionsAndTakesNone()
    {
        using var chat = await AdaAskedAsync();
        var take = await chat.TicketButtonAsync(1, QuestionVerbs.Take);

        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Close);
        await chat.Deliveries.DeliverAsync();
        var requested = chat.Deliveries.Requested.Count;
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        var replies = await chat.PressesAsync(Kim, take);

        Assert.Equal(QuestionStatus.Closed, (await chat.QuestionAsync(1)).Status);
        Assert.Empty((await chat.TicketAsync(1)).Buttons());
        Assert.Equal(["text: " + Texts.English<QuestionTexts>("Moved", "Q1", MeetingName, "closed")], chat.DeliveredTo(Ada).Select(r => r.Describe()));
        Assert.Equal("text: Q1 is closed: nothing more can be done to it.", replies[0].Describe());
        Assert.Empty(Assert.IsType<CardUpdate>(replies[1]).Card.Buttons());
        Assert.Equal(QuestionStatus.Closed, (await chat.QuestionAsync(1)).Status);
        Assert.Null((await chat.QuestionAsync(1)).AssigneeName);
        Assert.Equal(requested, chat.Deliveries.Requested.Count);
    }

    [Fact]
    public async Task AMergedQuestionTakesNoMoreActions()
    {
        using var chat = await AskedAsync((Ada, "Can PATENTSCOPE export results to Excel?"), (Bob, "Is there an Excel export in PATENTSCOPE?"));
        var close = await chat.TicketButtonAsync(2, QuestionVerbs.Close);
        await chat.PressesOnTicketAsync(Sam, 2, QuestionVerbs.Merge, (QuestionVerbs.MergeIntoInput, "Q1"));

        var replies = await chat.PressesAsync(Sam, close);

        Assert.Equal("text: Q2 is merged into Q1: nothing more can be done to it.", replies[0].Describe());
        Assert.Equal(QuestionStatus.Received, (await chat.QuestionAsync(2)).Status);
    }

    public static TheoryData<string> StaffVerbs =>
        [QuestionVerbs.Take, QuestionVerbs.Assign, QuestionVerbs.AnswerIt, QuestionVerbs.Agenda, QuestionVerbs.Merge, QuestionVerbs.Close];

    [Theory]
    [MemberData(nameof(StaffVerbs))]
    public async Task AMemberPressingAStaffButtonIsRefusedAndNothingChanges(string verb)
    {
        using var chat = await AskedAsync((Ada, "Can PATENTSCOPE export results to Excel?"), (Bob, "Is there an Excel export in PATENTSCOPE?"));
        chat.Conversation = ConversationKind.Personal;
        var before = (Whole(await chat.QuestionAsync(1)), Whole(await chat.QuestionAsync(2)));
        var requested = chat.Deliveries.Requested.Count;

        var replies = await chat.PressesOnTicketAsync(Ada, 2, verb, (QuestionVerbs.AssigneeInput, "t1/sam"), (QuestionVerbs.AnswerInput, "Mine"),
            (QuestionVerbs.PublishInput, "true"), (QuestionVerbs.MergeIntoInput, "Q1"));

        Assert.Equal(["text: " + English.StaffOnly], replies.Select(r => r.Describe()));
        Assert.Equal(before, (Whole(await chat.QuestionAsync(1)), Whole(await chat.QuestionAsync(2))));
        Assert.Equal(requested, chat.Deliveries.Requested.Count);
    }

    [Fact]
    public async Task OpenQuestionsListsThoseNotClosedOldestFirstAndBringsUpATicket()
    {
        using var chat = await AskedAsync((Ada, "Can PATENTSCOPE export results to Excel?"), (Bob, "Is there an Excel export in PATENTSCOPE?"),
            (Chloe, "Puis-je payer les taxes PCT par carte ?"));
        await chat.PressesOnTicketAsync(Sam, 2, QuestionVerbs.Close);
        chat.Clock.Advance(TimeSpan.FromHours(3));
        chat.Conversation = ConversationKind.Personal;

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "open questions"))).Card;
        var shown = card.AllText();
        var ticket = await chat.PressesAsync(Sam, card.Buttons().First());
        var member = await chat.SaysAsync(Ada, "open questions");
        var gone = await chat.PressesAsync(Sam, QuestionVerbs.Show, (QuestionVerbs.MeetingKey, MeetingId), (QuestionVerbs.NumberKey, "7"));

        Assert.Equal("Open questions", card.Heading());
        Assert.Contains("**Q1** · Round Table 2026", shown, StringComparison.Ordinal);
        Assert.Contains("**Q3** · Round Table 2026", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("**Q2**", shown, StringComparison.Ordinal);
        Assert.Contains("received · waiting 3 hours · nobody took it · 0 votes", shown, StringComparison.Ordinal);
        Assert.Equal(["card: Q1: question for Round Table 2026"], ticket.Select(r => r.Describe()));
        Assert.Equal(["text: " + English.StaffOnly], member.Select(r => r.Describe()));
        Assert.Equal(["text: That question no longer exists."], gone.Select(r => r.Describe()));
        Assert.Equal(Asked, (await chat.QuestionAsync(1)).Asked);
    }
}
