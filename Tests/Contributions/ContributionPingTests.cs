using CollabBot.Cards.Contributions;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>
/// A contribution nobody takes is pinged as a question is: Ada sends feedback on Wednesday 25 November 2026 at 10:00 UTC
/// (11:00 in Zurich), four working hours later its card's thread is pinged, mentioning Sam and Kim on duty.
/// </summary>
public sealed class ContributionPingTests
{
    private static readonly DateTimeOffset FirstPing = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);

    private static async Task<ChatHarness> SentAsync(bool staffChannel = true)
    {
        var chat = await StartAsync(null, o => o.OnDuty = [ChatHarness.StaffObjectId, "kim"], staffChannel);
        await chat.ContributesAsync(Ada, "feedback", FeedbackAnswers);
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();
        return chat;
    }

    private static async Task<List<(MemberId To, Reply Message)>> RunAtAsync(ChatHarness chat, DateTimeOffset at)
    {
        var before = chat.Notifier.Sent.Count;
        chat.Clock.SetUtcNow(at);
        await chat.Deliveries.RunDueAsync();
        return [.. chat.Notifier.Sent.Skip(before)];
    }

    private static DateTimeOffset NextRound(ChatHarness chat) => chat.Deliveries.Scheduled.Where(d => d.Kind == ContributionPings.Kind).Min(d => d.At);

    [Fact]
    public async Task FeedbackNobodyTakesIsPingedInItsCardsThreadAfterFourWorkingHours()
    {
        using var chat = await SentAsync();

        var early = await RunAtAsync(chat, FirstPing.AddMinutes(-1));
        var due = await RunAtAsync(chat, FirstPing);
        var again = await RunAtAsync(chat, FirstPing.AddMinutes(1));

        Assert.Empty(early);
        Assert.Empty(again);
        var (to, message) = Assert.Single(due);
        Assert.Equal(QuestionTickets.ChannelKey, to.ObjectId);
        var ping = Assert.IsType<TextReply>(message);
        Assert.EndsWith(": F1 (Feedback: PATENTSCOPE) has waited 4 hours for someone to take it.", ping.Text, StringComparison.Ordinal);
        Assert.Contains("<at>Sam Staff</at>", ping.Text, StringComparison.Ordinal);
        Assert.Contains("<at>Kim Staff</at>", ping.Text, StringComparison.Ordinal);
        var card = ContributionFlow.CardOf((await chat.RoundTable.FindStaffChannelAsync(default))!, "feedback", 1);
        var request = Assert.Single(chat.Deliveries.Requested, r => r.Content == ContributionPingContent.ContentKind);
        Assert.Equal(($"{ChannelAddress};thread={card}", DeliveryPriority.Urgent), (Assert.Single(request.Audience.Conversations).Address, request.Priority));
    }

    [Fact]
    public async Task ItIsPingedAgainFourWorkingHoursLaterUntilSomeoneTakesItThenNeverAgain()
    {
        using var chat = await SentAsync();
        await RunAtAsync(chat, FirstPing);

        var second = NextRound(chat);
        var pinged = await RunAtAsync(chat, second);
        await chat.PressesOnStaffCardAsync(Kim, "feedback", 1, ContributionVerbs.Take);
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();
        var later = await RunAtAsync(chat, second.AddDays(7));

        // 15:00 in Zurich plus four working hours: three on Wednesday until 18:00, one on Thursday from 08:00.
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), second);
        Assert.Contains("has waited 22 hours", Assert.IsType<TextReply>(Assert.Single(pinged).Message).Text, StringComparison.Ordinal);
        Assert.Empty(later);
    }

    [Fact]
    public async Task FeedbackTakenBeforeItsPingIsNeverPinged()
    {
        using var chat = await SentAsync();
        chat.Clock.SetUtcNow(FirstPing.AddHours(-1));
        await chat.PressesOnStaffCardAsync(Lee, "feedback", 1, ContributionVerbs.Take);
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();

        var due = await RunAtAsync(chat, FirstPing);
        var later = await RunAtAsync(chat, FirstPing.AddDays(7));

        Assert.Empty(due);
        Assert.Empty(later);
        Assert.DoesNotContain(chat.Deliveries.Requested, r => r.Content == ContributionPingContent.ContentKind);
    }

    [Fact]
    public async Task APingAskedForButSentAfterItWasTakenSaysNothing()
    {
        using var chat = await SentAsync();
        chat.Clock.SetUtcNow(FirstPing);
        foreach (var item in chat.Deliveries.Scheduled.Where(d => d.Kind == ContributionPings.Kind).ToList())
        {
            await chat.Get<ContributionPings>().RunAsync(item.Payload, default);
        }
        await chat.PressesOnStaffCardAsync(Kim, "feedback", 1, ContributionVerbs.Take);
        chat.Notifier.Sent.Clear();

        await chat.Deliveries.DeliverAsync();

        Assert.Single(chat.Deliveries.Requested, r => r.Content == ContributionPingContent.ContentKind);
        Assert.DoesNotContain(chat.Notifier.Sent, s => s.Message is TextReply);
    }

    [Fact]
    public async Task WithoutAStaffChannelTheStaffOnDutyArePingedInTheirOwnChats()
    {
        using var chat = await SentAsync(staffChannel: false);

        var due = await RunAtAsync(chat, FirstPing);

        Assert.Equal([Kim.Id, Sam.Id], due.Select(s => s.To).OrderBy(id => id.ObjectId));
        Assert.All(due, s => Assert.Contains("F1 (Feedback: PATENTSCOPE) has waited 4 hours", ((TextReply)s.Message).Text, StringComparison.Ordinal));
    }
}
