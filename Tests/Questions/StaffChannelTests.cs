using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Questions;

/// <summary>"use this channel for questions": only in a team channel, only a team of staff, its roster read from Teams when typed.</summary>
public sealed class StaffChannelTests
{
    private const string Command = "use this channel for questions";

    private static readonly RosterEntry[] AllStaff = [new(ChatHarness.StaffObjectId, "Sam Staff"), new("KIM", "Kim Staff"), new("lee", "Lee Lead")];

    private static ChatHarness InChannel(ChatHarness chat, TeamChannel channel)
    {
        chat.Conversation = ConversationKind.Channel;
        chat.Channel = channel;
        return chat;
    }

    [Theory]
    [InlineData(ConversationKind.Personal)]
    [InlineData(ConversationKind.GroupChat)]
    public async Task OutsideATeamChannelItExplainsWhereToTypeIt(ConversationKind where)
    {
        using var chat = Start();
        chat.Conversation = where;

        var replies = await chat.SaysAsync(Sam, Command);

        Assert.Equal(["text: Type this in a standard channel of the team where staff triage questions, with the app added to that team."],
            replies.Select(r => r.Describe()));
        Assert.Null(await chat.RoundTable.FindStaffChannelAsync(default));
    }

    [Fact]
    public async Task ATeamWithPeopleWhoAreNotStaffIsRefusedNamingThem()
    {
        using var chat = InChannel(Start(), TeamChannel([.. AllStaff, new("ada", "Ada Lovelace"), new("", ""), new("bob", "Bob Builder")]));

        var replies = await chat.SaysAsync(Sam, Command);

        var text = Assert.IsType<TextReply>(Assert.Single(replies)).Text;
        Assert.Contains("these people in Round Table staff are not WIPO staff: Ada Lovelace, someone without a name, Bob Builder.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Staff", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kim Staff", text, StringComparison.Ordinal);
        Assert.Null(await chat.RoundTable.FindStaffChannelAsync(default));
        Assert.Empty(chat.Deliveries.Requested);
    }

    [Fact]
    public async Task ManyOutsidersAreCountedAfterTheFirstTen()
    {
        using var chat = InChannel(Start(), TeamChannel([.. AllStaff, .. Enumerable.Range(1, 13).Select(i => new RosterEntry($"m{i}", $"Member {i}"))]));

        var text = (await chat.SaysAsync(Sam, Command)).Shown();

        Assert.Contains("Member 10 and 3 more.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Member 11", text, StringComparison.Ordinal);
        Assert.Null(await chat.RoundTable.FindStaffChannelAsync(default));
    }

    [Fact]
    public async Task ATeamOfStaffOnlyBecomesTheStaffChannelAndGetsTheOpenTickets()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Ada, "Can PATENTSCOPE export results to Excel?");
        await chat.AsksAsync(Bob, "When will the fee calculator cover Madrid renewals?");
        await chat.AsksAsync(Chloe, "Puis-je payer les taxes PCT par carte ?");
        await chat.PressesOnTicketAsync(Sam, 2, QuestionVerbs.Close);
        InChannel(chat, TeamChannel(AllStaff));

        var replies = await chat.SaysAsync(Sam, Command);

        Assert.StartsWith("From now on each new question starts a thread here as a ticket card", Assert.IsType<TextReply>(Assert.Single(replies)).Text,
            StringComparison.Ordinal);
        Assert.Contains("The 2 open questions follow.", replies.Shown(), StringComparison.Ordinal);
        var channel = (await chat.RoundTable.FindStaffChannelAsync(default))!;
        Assert.Equal(("team-1", "Round Table staff", "19:staff@thread.tacv2", Tenant, ChannelAddress, "Sam Staff", chat.Clock.GetUtcNow()),
            (channel.TeamId, channel.TeamName, channel.ChannelId, channel.TenantId, channel.Address, channel.SetBy, channel.SetAt));
        var tickets = chat.Deliveries.Requested.Where(r => r.Content == TicketContent.Kind && r.Updates is null).Select(r => r.Id).Order().ToList();
        Assert.Equal([QuestionTickets.TicketOf(channel, MeetingId, 1), QuestionTickets.TicketOf(channel, MeetingId, 3)], tickets);
        Assert.All(chat.Deliveries.Requested.Where(r => r.Content == TicketContent.Kind),
            r => Assert.Equal(ChannelAddress, Assert.Single(r.Audience.Conversations).Address));

        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["card: Q1: question for Round Table 2026", "card: Q3: question for Round Table 2026"],
            chat.DeliveredToChannel().Select(r => r.Describe()).Order());
    }

    [Fact]
    public async Task ANewStaffChannelGetsTheOpenTicketsAgain()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Ada, "Can PATENTSCOPE export results to Excel?");
        InChannel(chat, TeamChannel(AllStaff));
        await chat.SaysAsync(Sam, Command);
        var first = (await chat.RoundTable.FindStaffChannelAsync(default))!;

        chat.Channel = TeamChannel(AllStaff) with { ChannelId = "19:other@thread.tacv2", Address = "other-address" };
        await chat.SaysAsync(Sam, Command);

        var second = (await chat.RoundTable.FindStaffChannelAsync(default))!;
        Assert.Equal("other-address", second.Address);
        Assert.NotEqual(QuestionTickets.TicketOf(first, MeetingId, 1), QuestionTickets.TicketOf(second, MeetingId, 1));
        Assert.Contains(chat.Deliveries.Requested, r => r.Id == QuestionTickets.TicketOf(second, MeetingId, 1)
            && r.Audience.Conversations.Single().Address == "other-address");
    }

    [Fact]
    public async Task ARosterTeamsWillNotGiveIsExplainedPolitelyAndNothingIsSaved()
    {
        using var chat = InChannel(Start(), TeamChannel() with
        {
            Roster = _ => throw new RosterUnavailableException("Forbidden", new InvalidOperationException("403")),
        });

        var replies = await chat.SaysAsync(Sam, Command);

        Assert.Equal(["text: I couldn't read who is in this team, so I can't tell whether only staff read this channel. Try again in a moment."],
            replies.Select(r => r.Describe()));
        Assert.Null(await chat.RoundTable.FindStaffChannelAsync(default));
    }

    [Fact]
    public async Task AMemberCannotChooseTheStaffChannel()
    {
        using var chat = InChannel(Start(), TeamChannel(new RosterEntry("ada", "Ada Lovelace")));

        var replies = await chat.SaysAsync(Ada, Command);

        Assert.Equal(["text: " + English.StaffOnly], replies.Select(r => r.Describe()));
        Assert.Null(await chat.RoundTable.FindStaffChannelAsync(default));
    }
}
