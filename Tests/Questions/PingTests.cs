using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Questions;

/// <summary>
/// Pings, reminders and escalation on the fake clock. Ada asks on Wednesday 25 November 2026 at 10:00 UTC (11:00 in
/// Zurich); Sam and Kim are on duty (and Pat, who never spoke to the bot); Lee is the lead.
/// </summary>
public sealed class PingTests
{
    private const string Text = "Can PATENTSCOPE export results to Excel?";
    private static readonly DateTimeOffset FirstPing = Utc(2026, 11, 25, 14, 0);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static async Task<ChatHarness> AskedAsync(bool staffChannel = true, Action<QuestionOptions>? more = null)
    {
        var chat = Start(o =>
        {
            o.OnDuty = [ChatHarness.StaffObjectId, "kim", "pat"];
            o.Lead = "lee";
            more?.Invoke(o);
        });
        await chat.WithOpenMeetingAsync();
        if (staffChannel)
        {
            await chat.WithStaffChannelAsync();
        }
        await chat.AsksAsync(Ada, Text);
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();
        return chat;
    }

    /// <summary>Moves the clock to <paramref name="at"/> and runs what is due; returns what was sent.</summary>
    private static async Task<List<(MemberId To, Reply Message)>> RunAtAsync(ChatHarness chat, DateTimeOffset at)
    {
        var before = chat.Notifier.Sent.Count;
        chat.Clock.SetUtcNow(at);
        await chat.Deliveries.RunDueAsync();
        return [.. chat.Notifier.Sent.Skip(before)];
    }

    /// <summary>Runs the next round of pings that is due, whenever it is; returns what was sent.</summary>
    private static Task<List<(MemberId To, Reply Message)>> RunNextRoundAsync(ChatHarness chat) =>
        RunAtAsync(chat, new[] { chat.Clock.GetUtcNow(), chat.Deliveries.Scheduled.Where(d => d.Kind == QuestionPings.Kind).Min(d => d.At) }.Max());

    private static List<string> Pings(IEnumerable<(MemberId To, Reply Message)> sent) =>
        [.. sent.Select(s => s.Message).OfType<TextReply>().Select(t => t.Text).Where(t => t.Contains("for someone to take it", StringComparison.Ordinal))];

    private static List<(MemberId To, string Text)> Texts(IEnumerable<(MemberId To, Reply Message)> sent) =>
        [.. sent.Where(s => s.Message is TextReply).Select(s => (s.To, ((TextReply)s.Message).Text))];

    [Fact]
    public async Task AnUntakenQuestionIsPingedOnceInItsThreadAfterFourWorkingHoursMentioningTheStaffOnDuty()
    {
        using var chat = await AskedAsync();

        var early = await RunAtAsync(chat, FirstPing.AddMinutes(-1));
        var due = await RunAtAsync(chat, FirstPing);
        var again = await RunAtAsync(chat, FirstPing);

        Assert.Empty(early);
        Assert.Empty(again);
        var (to, message) = Assert.Single(due);
        Assert.Equal(QuestionTickets.ChannelKey, to.ObjectId);
        var ping = Assert.IsType<TextReply>(message);
        Assert.EndsWith($": Q1 has waited 4 hours for someone to take it: \"{Text}\"", ping.Text, StringComparison.Ordinal);
        Assert.Contains("<at>Sam Staff</at>", ping.Text, StringComparison.Ordinal);
        Assert.Contains("<at>Kim Staff</at>", ping.Text, StringComparison.Ordinal);
        Assert.Equal([("kim", "Kim Staff"), (ChatHarness.StaffObjectId, "Sam Staff")], ping.Mentions.Select(m => (m.Id, m.Name)).Order());
        var ticket = QuestionTickets.TicketOf((await chat.RoundTable.FindStaffChannelAsync(default))!, MeetingId, 1);
        var request = Assert.Single(chat.Deliveries.Requested, r => r.Content == PingContent.Kind);
        Assert.Equal(($"{ChannelAddress};thread={ticket}", DeliveryPriority.Urgent), (Assert.Single(request.Audience.Conversations).Address, request.Priority));
    }

    [Fact]
    public async Task TheNextRoundComesFourWorkingHoursLater()
    {
        using var chat = await AskedAsync();
        await RunAtAsync(chat, FirstPing);

        // 15:00 in Zurich plus four working hours: three on Wednesday, one on Thursday from 08:00.
        var early = await RunAtAsync(chat, Utc(2026, 11, 26, 7, 59));
        var second = await RunAtAsync(chat, Utc(2026, 11, 26, 8, 0));

        Assert.Empty(early);
        Assert.Equal([$"Q1 has waited 22 hours for someone to take it: \"{Text}\""], Pings(second).Select(p => p[(p.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
    }

    [Fact]
    public async Task TakingTheQuestionStopsThePings()
    {
        using var chat = await AskedAsync();
        await RunAtAsync(chat, FirstPing);
        chat.Clock.SetUtcNow(FirstPing.AddMinutes(30));
        chat.Conversation = ConversationKind.Channel;
        chat.Channel = TeamChannel(new RosterEntry(ChatHarness.StaffObjectId, "Sam Staff"));
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);

        var nextRound = await RunAtAsync(chat, Utc(2026, 11, 26, 8, 0));
        var later = await RunAtAsync(chat, Utc(2026, 11, 26, 13, 0));

        Assert.Empty(Pings(nextRound));
        Assert.Empty(Pings(later));
        Assert.Empty(Texts(later));
        Assert.Single(chat.Deliveries.Requested, r => r.Content == PingContent.Kind);
    }

    [Fact]
    public async Task APingAskedForButSentAfterTheQuestionWasTakenSaysNothing()
    {
        using var chat = await AskedAsync();
        chat.Clock.SetUtcNow(FirstPing);
        var round = Assert.Single(chat.Deliveries.Scheduled);
        await chat.Get<QuestionPings>().RunAsync(round.Payload, default);
        Assert.Single(chat.Deliveries.Requested, r => r.Content == PingContent.Kind);

        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);
        await chat.Deliveries.DeliverAsync();

        Assert.Empty(Pings(chat.Notifier.Sent));
    }

    [Fact]
    public async Task ATakenQuestionPastItsDueTimeRemindsItsAssignee()
    {
        using var chat = await AskedAsync();
        chat.Clock.SetUtcNow(Utc(2026, 11, 25, 10, 30));
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Assign, (QuestionVerbs.AssigneeInput, "t1/kim"));
        await chat.Deliveries.DeliverAsync();
        var due = (await chat.QuestionAsync(1)).DueAt!.Value;

        var firstPingTime = await RunAtAsync(chat, FirstPing);
        var early = await RunAtAsync(chat, due.AddMinutes(-1));
        var reminded = await RunAtAsync(chat, due);

        Assert.Equal(Utc(2026, 11, 26, 16, 30), due);
        Assert.Empty(firstPingTime);
        Assert.Empty(early);
        Assert.Equal([(Kim.Id, $"Reminder: Q1, which you took, was to be answered by 2026-11-26 16:30 UTC. \"{Text}\" Answer it from its ticket card in the staff channel.")],
            Texts(reminded));
    }

    [Fact]
    public async Task AfterTwoRemindersTheLeadIsToldOnceWhileTheAssigneeIsStillReminded()
    {
        using var chat = await AskedAsync();
        chat.Clock.SetUtcNow(Utc(2026, 11, 25, 10, 30));
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);
        var reminders = new List<DateTimeOffset>();
        var escalationsAfterEachReminder = new List<int>();
        var escalations = new List<string>();

        for (var round = 0; round < 12 && reminders.Count < 5; round++)
        {
            var sent = Texts(await RunNextRoundAsync(chat));
            escalations.AddRange(sent.Where(s => s.To == Lee.Id).Select(s => s.Text));
            if (sent.Any(s => s.To == Sam.Id && s.Text.StartsWith("Reminder: Q1", StringComparison.Ordinal)))
            {
                reminders.Add(chat.Clock.GetUtcNow());
                escalationsAfterEachReminder.Add(escalations.Count);
            }
        }

        Assert.Equal([0, 0, 1, 1, 1], escalationsAfterEachReminder);
        Assert.Equal([$"Escalation: Q1 is still unanswered after 2 reminders to Sam Staff (asked {ReminderAge(reminders[2])} ago). \"{Text}\""], escalations);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        Assert.All(reminders, at =>
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            Assert.True(local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.Hour is >= 8 and < 18, $"reminded at {local:O}");
        });
        Assert.Equal(Utc(2026, 11, 26, 16, 30), reminders[0]);
    }

    private static string ReminderAge(DateTimeOffset at) => WaitingQuestionContent.AgeOf(Utc(2026, 11, 25, 10, 0), at);

    [Fact]
    public async Task WithoutALeadWhoSpokeToTheBotNobodyIsEscalatedTo()
    {
        using var chat = await AskedAsync(more: o => o.Lead = "nobody-known");
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);

        var sent = new List<(MemberId To, string Text)>();
        for (var round = 0; round < 6; round++)
        {
            sent.AddRange(Texts(await RunNextRoundAsync(chat)));
        }

        Assert.True(sent.Count(s => s.To == Sam.Id) >= 4, string.Join("\n", sent));
        Assert.DoesNotContain(sent, s => s.Text.StartsWith("Escalation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARoundDueWhileTheBotWasDownWaitsForTheWorkingDayInsteadOfPingingAtNight()
    {
        using var chat = await AskedAsync();

        var night = await RunAtAsync(chat, Utc(2026, 11, 25, 22, 0));

        Assert.Empty(night);
        var waiting = Assert.Single(chat.Deliveries.Scheduled);
        Assert.Equal((Utc(2026, 11, 26, 7, 0), $"{MeetingId}|1|take|0"), (waiting.At, waiting.Payload));
        Assert.Empty(await RunAtAsync(chat, Utc(2026, 11, 26, 6, 59)));
        Assert.Single(Pings(await RunAtAsync(chat, Utc(2026, 11, 26, 7, 0))));
    }

    [Fact]
    public async Task WithoutAStaffChannelTheStaffOnDutyWhoSpokeToTheBotArePingedInTheirChats()
    {
        using var chat = await AskedAsync(staffChannel: false);

        var sent = await RunAtAsync(chat, FirstPing);

        Assert.Equal(["kim", ChatHarness.StaffObjectId], sent.Select(s => s.To.ObjectId).Order());
        Assert.All(sent, s => Assert.Contains("Q1 has waited 4 hours for someone to take it", ((TextReply)s.Message).Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAStaffChannelOrAnyoneOnDutyWhoSpokeToTheBotNothingIsSent()
    {
        using var chat = await AskedAsync(staffChannel: false, more: o => o.OnDuty = ["pat"]);

        var sent = await RunAtAsync(chat, FirstPing);

        Assert.Empty(sent);
        Assert.DoesNotContain(chat.Deliveries.Requested, r => r.Content == PingContent.Kind);
    }
}
