using CollabBot.Cards.Model;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Questions;

/// <summary>Staff adding Round Table meetings from the meetings card: every field checked, nothing written unless all hold.</summary>
public sealed class MeetingTests
{
    private static readonly string SixteenTopics = string.Join(", ", Enumerable.Range(1, 16).Select(i => $"Topic {i}"));

    private static async Task<SubmitAction> SaveButtonAsync(ChatHarness chat)
    {
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "meetings"))).Card;
        return card.Buttons().Single(b => b.Data[CardVerb.Key] == QuestionVerbs.SaveMeeting);
    }

    private static (string, string)[] Inputs(string name, string date, string opens, string closes, string topics) =>
    [
        (QuestionVerbs.NameInput, name),
        (QuestionVerbs.DateInput, date),
        (QuestionVerbs.OpensInput, opens),
        (QuestionVerbs.ClosesInput, closes),
        (QuestionVerbs.TopicsInput, topics),
    ];

    public static TheoryData<string, string, string, string, string, string> Refused => new()
    {
        { "", "2027-03-03", "2027-01-10", "2027-03-01", "Fees", "Give the meeting a name (up to 100 characters)." },
        { new string('R', 101), "2027-03-03", "2027-01-10", "2027-03-01", "Fees", "Give the meeting a name (up to 100 characters)." },
        { "!!! ???", "2027-03-03", "2027-01-10", "2027-03-01", "Fees", "Give the meeting a name with letters or digits." },
        { "Round Table 2027", "", "2027-01-10", "2027-03-01", "Fees", "Choose the meeting's date and the first and last days questions are taken." },
        { "Round Table 2027", "03/03/2027", "2027-01-10", "2027-03-01", "Fees", "Choose the meeting's date and the first and last days questions are taken." },
        { "Round Table 2027", "2027-03-03", "2027-03-01", "2027-01-10", "Fees", "The last day for questions comes before the first." },
        { "Round Table 2027", "2027-03-03", "2027-01-10", "2027-03-04", "Fees", "Questions must close by the day of the meeting." },
        { "Round Table 2027", "2027-03-03", "2027-01-10", "2027-03-01", SixteenTopics, "Give at most 15 agenda topics." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AMeetingThatDoesNotHoldIsRefusedSayingWhyAndNothingIsWritten(string name, string date, string opens, string closes, string topics,
        string why)
    {
        using var chat = Start();
        var save = await SaveButtonAsync(chat);

        var replies = await chat.PressesAsync(Sam, save, Inputs(name, date, opens, closes, topics));

        Assert.Equal(["text: " + why], replies.Select(r => r.Describe()));
        Assert.Empty(await chat.RoundTable.ListMeetingsAsync(default));
    }

    [Fact]
    public async Task AValidMeetingIsSavedInTheWorkingTimeZoneAndListed()
    {
        using var chat = Start();
        var save = await SaveButtonAsync(chat);

        var replies = await chat.PressesAsync(Sam, save, Inputs("  Round Table 2027 ", "2027-06-03", "2027-03-29", "2027-06-01", "Fees, fees; PATENTSCOPE\nePCT"));

        var card = Assert.IsType<CardUpdate>(Assert.Single(replies)).Card.AllText();
        Assert.Contains("Added Round Table 2027.", card, StringComparison.Ordinal);
        Assert.Contains("**Round Table 2027** (round-table-2027) · 2027-06-03", card, StringComparison.Ordinal);
        Assert.Contains("Questions from 2027-03-29 to 2027-06-01 · 0 asked, 0 open", card, StringComparison.Ordinal);
        Assert.Contains("Topics: Fees, PATENTSCOPE, ePCT", card, StringComparison.Ordinal);
        var meeting = Assert.Single(await chat.RoundTable.ListMeetingsAsync(default));
        var summer = TimeSpan.FromHours(2);
        Assert.Equal(("round-table-2027", "Round Table 2027", "Sam Staff"), (meeting.Id, meeting.Name, meeting.CreatedBy));
        Assert.Equal((new DateTimeOffset(2027, 6, 3, 0, 0, 0, summer), new DateTimeOffset(2027, 3, 29, 0, 0, 0, summer), new DateTimeOffset(2027, 6, 2, 0, 0, 0, summer)),
            (meeting.Date, meeting.Opens, meeting.Closes));
        Assert.Equal(summer, meeting.Opens.Offset);
        Assert.Equal(["Fees", "PATENTSCOPE", "ePCT"], meeting.Topics);
        Assert.Contains("**Round Table 2027**", (await chat.SaysAsync(Sam, "meetings")).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsAreTakenUntilTheEndOfTheLastDayInZurich()
    {
        using var chat = Start();
        await chat.PressesAsync(Sam, await SaveButtonAsync(chat), Inputs("Round Table 2026", "2026-12-03", "2026-11-01", "2026-11-25", ""));
        var meeting = Assert.Single(await chat.RoundTable.ListMeetingsAsync(default));

        Assert.True(meeting.Accepts(new DateTimeOffset(2026, 11, 25, 22, 59, 0, TimeSpan.Zero)));
        Assert.False(meeting.Accepts(new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.Zero)));
        Assert.False(meeting.Accepts(new DateTimeOffset(2026, 10, 31, 22, 59, 0, TimeSpan.Zero)));
        Assert.Contains("**Your question for Round Table 2026**", (await chat.SaysAsync(Ada, "ask a question")).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingTheSameNameAgainChangesTheMeeting()
    {
        using var chat = Start();
        var save = await SaveButtonAsync(chat);
        await chat.PressesAsync(Sam, save, Inputs("Round Table 2027", "2027-03-03", "2027-01-10", "2027-03-01", "Fees"));

        var replies = await chat.PressesAsync(Sam, save, Inputs("Round Table 2027", "2027-03-10", "2027-01-10", "2027-03-08", "Fees"));

        Assert.Contains("Changed Round Table 2027.", replies.Shown(), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2027, 3, 10, 0, 0, 0, TimeSpan.FromHours(1)), Assert.Single(await chat.RoundTable.ListMeetingsAsync(default)).Date);
    }

    [Fact]
    public async Task TheMeetingsCardCountsQuestionsAskedAndOpen()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Ada, "Can PATENTSCOPE export results to Excel?");
        await chat.AsksAsync(Bob, "When will the fee calculator cover Madrid renewals?");
        await chat.PressesOnTicketAsync(Sam, 2, QuestionVerbs.Close);

        var card = (await chat.SaysAsync(Sam, "meetings")).Shown();

        Assert.Contains("Questions from 2026-11-01 to 2026-11-30 · 2 asked, 1 open", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyMeetingsCardSaysHowToStart()
    {
        using var chat = Start();

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "meetings"))).Card;

        Assert.Equal("Round Table meetings", card.Heading());
        Assert.Contains("No meeting yet", card.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MembersCanNeitherSeeNorSaveMeetings()
    {
        using var chat = Start();
        var save = await SaveButtonAsync(chat);

        var typed = await chat.SaysAsync(Ada, "meetings");
        var pressed = await chat.PressesAsync(Ada, save, Inputs("Round Table 2027", "2027-03-03", "2027-01-10", "2027-03-01", "Fees"));

        Assert.Equal(["text: " + English.StaffOnly], typed.Select(r => r.Describe()));
        Assert.Equal(["text: " + English.StaffOnly], pressed.Select(r => r.Describe()));
        Assert.Empty(await chat.RoundTable.ListMeetingsAsync(default));
    }
}
