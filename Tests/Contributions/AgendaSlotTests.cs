using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>Agenda slots: only while a meeting is coming; accepted ones are on the meeting's briefing pack, declined ones are not.</summary>
public sealed class AgendaSlotTests
{
    private static readonly Meeting NextYear = OpenMeeting with
    {
        Id = "round-table-2027",
        Name = "Round Table 2027",
        Date = new(2027, 12, 2, 9, 0, 0, TimeSpan.FromHours(1)),
        Opens = new(2027, 11, 1, 0, 0, 0, TimeSpan.FromHours(1)),
        Closes = new(2027, 12, 1, 0, 0, 0, TimeSpan.FromHours(1)),
    };

    private static string T(string key, params object[] args) => Texts.English<ContributionTexts>(key, args);

    private static Task<IReadOnlyList<Reply>> AsksForASlotAsync(ChatHarness chat, Member member, string meeting, string topic, string speaker, string minutes) =>
        chat.WalksAsync(member, "ask for an agenda slot", meeting, topic, speaker, minutes, "skip");

    [Fact]
    public async Task NoSlotCanBeAskedForWhenNoMeetingIsComing()
    {
        using var chat = await StartAsync();

        var none = await chat.SaysAsync(Ada, "contribute agenda");
        await chat.WithOpenMeetingAsync();
        chat.Clock.SetUtcNow(OpenMeeting.Date.AddHours(1));
        var past = await chat.SaysAsync(Ada, "ask for an agenda slot");

        Assert.Equal(["text: " + T("AgendaNoMeeting")], none.Select(r => r.Describe()));
        Assert.Equal(["text: " + T("AgendaNoMeeting")], past.Select(r => r.Describe()));
        Assert.Null(chat.StateOf(Ada).Form);
        Assert.Empty(await chat.Contributions.ListAsync("agenda", default));
    }

    [Fact]
    public async Task TheMeetingChoiceListsTheComingMeetingsSoonestFirstWithTheirDay()
    {
        using var chat = await StartAsync();
        await chat.WithOpenMeetingAsync();
        await chat.RoundTable.SaveMeetingAsync(NextYear, default);

        var asked = (await chat.SaysAsync(Ada, "contribute agenda")).Shown();

        Assert.Contains(T("AgendaMeeting"), asked, StringComparison.Ordinal);
        var first = asked.IndexOf("Round Table 2026 (2026-12-03)", StringComparison.Ordinal);
        var second = asked.IndexOf("Round Table 2027 (2027-12-02)", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, asked);
    }

    [Fact]
    public async Task AnAcceptedSlotIsInTheBriefingPackAndADeclinedOneIsNot()
    {
        using var chat = await StartAsync();
        await chat.WithOpenMeetingAsync();
        await chat.RoundTable.SaveMeetingAsync(NextYear, default);

        var sent = await AsksForASlotAsync(chat, Ada, "1", "PIUG's survey of search tools", "Ada Lovelace", "20");
        await AsksForASlotAsync(chat, Bob, "1", "CEPIUG training day", "Bob Builder", "15");
        await AsksForASlotAsync(chat, Chloe, "2", "Les bases de données de la PDG", "Chloé Martin", "30");
        await chat.DecidesAsync(Kim, "agenda", 1, "Accept");
        await chat.DecidesAsync(Kim, "agenda", 2, "Decline", "The agenda is full.");
        await chat.DecidesAsync(Kim, "agenda", 3, "Accept");

        Assert.Equal(T("Sent", T("AgendaName"), "A1"), Assert.Single(sent).Shown());
        var a1 = await chat.ContributionAsync("agenda", 1);
        Assert.Equal((MeetingId, "20", null), (a1["meeting"], a1["minutes"], a1["notes"]));
        var pack = (await chat.Get<BriefingPacks>().BuildAsync(MeetingId, default))!;
        Assert.Equal([new AgendaSlot("A1", "PIUG's survey of search tools", "Ada Lovelace", "PIUG", 20)], pack.Slots);
        var document = string.Join("\n", pack.ToDocument().Blocks.Select(b => b.Text));
        Assert.Contains("PIUG's survey of search tools: Ada Lovelace (PIUG), 20 minutes [A1]", document, StringComparison.Ordinal);
        Assert.DoesNotContain("CEPIUG training day", document, StringComparison.Ordinal);
        Assert.DoesNotContain("[A2]", document, StringComparison.Ordinal);
        Assert.DoesNotContain("[A3]", document, StringComparison.Ordinal);
        var next = (await chat.Get<BriefingPacks>().BuildAsync(NextYear.Id, default))!;
        Assert.Equal(["A3"], next.Slots.Select(s => s.Code));
    }

    [Fact]
    public async Task ASlotStillOpenIsNotInTheBriefingPack()
    {
        using var chat = await StartAsync();
        await chat.WithOpenMeetingAsync();

        await AsksForASlotAsync(chat, Ada, "1", "PIUG's survey of search tools", "Ada Lovelace", "20");
        await chat.PressesOnStaffCardAsync(Kim, "agenda", 1, Cards.Contributions.ContributionVerbs.Take);

        var pack = (await chat.Get<BriefingPacks>().BuildAsync(MeetingId, default))!;
        Assert.Empty(pack.Slots);
        Assert.DoesNotContain("[A1]", string.Join("\n", pack.ToDocument().Blocks.Select(b => b.Text)), StringComparison.Ordinal);
    }
}
