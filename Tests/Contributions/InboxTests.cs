using System.Text.RegularExpressions;
using CollabBot.Cards.Contributions;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>
/// The staff inbox: oldest first, filtered by channel, status and user group, exported as it is filtered; members may
/// neither see it nor press its buttons. Ada sends feedback (F1), an hour later Bob a paper (M1), then Dieter a report
/// (I1), then Chloé a paper (M2), which is declined.
/// </summary>
public sealed partial class InboxTests
{
    [GeneratedRegex(@"^\*\*([A-Z]\d+)\*\*", RegexOptions.Multiline)]
    private static partial Regex Code();

    private static List<string> Codes(Reply reply) => [.. Code().Matches(reply.Shown()).Select(m => m.Groups[1].Value)];

    private static async Task<ChatHarness> FourSentAsync(Action<ContributionOptions>? options = null)
    {
        var chat = await StartAsync(options);
        await chat.ContributesAsync(Ada, "feedback", FeedbackAnswers);
        chat.Clock.Advance(TimeSpan.FromHours(1));
        await chat.ContributesAsync(Bob, "magazine", MagazineAnswers("Bob's paper"));
        chat.Clock.Advance(TimeSpan.FromHours(1));
        await chat.ContributesAsync(Dieter, "inspire", InspireAnswers);
        chat.Clock.Advance(TimeSpan.FromHours(1));
        await chat.ContributesAsync(Chloe, "magazine", MagazineAnswers("Chloé's paper"));
        await chat.DecidesAsync(Kim, "magazine", 2, "Decline");
        return chat;
    }

    private static Task<IReadOnlyList<Reply>> FiltersAsync(ChatHarness chat, string kind, string status, string group) =>
        chat.PressesAsync(Kim, ContributionVerbs.Inbox, (ContributionVerbs.KindInput, kind), (ContributionVerbs.StatusInput, status),
            (ContributionVerbs.GroupInput, group));

    [Fact]
    public async Task TheInboxShowsWhatIsOpenOldestFirstWithWhoSentItAndHowLongItWaited()
    {
        using var chat = await FourSentAsync();

        var inbox = Assert.Single(await chat.SaysAsync(Kim, "inbox"));

        Assert.Equal(["F1", "M1", "I1"], Codes(inbox));
        var shown = inbox.Shown();
        Assert.StartsWith("Inbox: 3", shown, StringComparison.Ordinal);
        Assert.Contains("**F1** · Feedback · PATENTSCOPE\nreceived, nobody took it yet · Ada Lovelace (PIUG) · 3 hours ago", shown, StringComparison.Ordinal);
        Assert.Contains("**I1** · WIPO Inspire report · Lens.org\nreceived, nobody took it yet · Dieter Weber (AFPIC) · 60 minutes ago", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInboxFiltersByChannelAndStatus()
    {
        using var chat = await FourSentAsync();

        var typed = Assert.Single(await chat.SaysAsync(Kim, "inbox magazine"));
        var magazineAll = Assert.Single(await FiltersAsync(chat, "magazine", "all", "all"));
        var declined = Assert.Single(await FiltersAsync(chat, "all", "Declined", "all"));
        var everything = Assert.Single(await FiltersAsync(chat, "all", "all", "all"));
        var unknown = Assert.Single(await FiltersAsync(chat, "nonsense", "Nonsense", ""));

        Assert.Equal(["M1"], Codes(typed));
        Assert.IsType<CardUpdate>(magazineAll);
        Assert.Equal(["M1", "M2"], Codes(magazineAll));
        Assert.Equal(["M2"], Codes(declined));
        Assert.Equal(["F1", "M1", "I1", "M2"], Codes(everything));
        Assert.Equal(["F1", "M1", "I1"], Codes(unknown));
    }

    [Fact]
    public async Task TheUserGroupFilterCountsAfpicAsCepiugOnlyWhenConfigured()
    {
        using (var plain = await FourSentAsync())
        {
            Assert.Equal(["M1"], Codes(Assert.Single(await FiltersAsync(plain, "all", "all", "CEPIUG"))));
            Assert.Equal(["I1"], Codes(Assert.Single(await FiltersAsync(plain, "all", "all", "AFPIC"))));
        }

        using var chat = await FourSentAsync(o => o.ParentGroups["AFPIC"] = "CEPIUG");

        Assert.Equal(["M1", "I1"], Codes(Assert.Single(await FiltersAsync(chat, "all", "all", "CEPIUG"))));
        Assert.Equal(["M1", "I1"], Codes(Assert.Single(await FiltersAsync(chat, "all", "all", "cepiug"))));
        Assert.Equal(["I1"], Codes(Assert.Single(await FiltersAsync(chat, "all", "all", "AFPIC"))));
        Assert.Equal(["M2"], Codes(Assert.Single(await FiltersAsync(chat, "all", "all", "PDG"))));
        Assert.Empty(Codes(Assert.Single(await FiltersAsync(chat, "feedback", "all", "CEPIUG"))));
    }

    [Fact]
    public async Task TheExportButtonsAskForTheContributionsTheFilterKeeps()
    {
        using var chat = await FourSentAsync();
        var card = ((CardUpdate)Assert.Single(await FiltersAsync(chat, "magazine", "all", "CEPIUG"))).Card;
        var buttons = card.Buttons().Where(b => b.Data[CardVerb.Key] == ContributionVerbs.Export).ToList();

        var csv = await chat.PressesAsync(Kim, buttons.Single(b => b.Data[ContributionVerbs.FormatKey] == "csv"));
        var xlsx = await chat.PressesAsync(Lee, buttons.Single(b => b.Data[ContributionVerbs.FormatKey] == "xlsx"));
        var broken = await chat.PressesAsync(Kim, ContributionVerbs.Export, (ContributionVerbs.FilterKey, "all|open|all"), (ContributionVerbs.FormatKey, "pdf"));

        Assert.Equal(2, buttons.Count);
        Assert.Equal(
            [new ExportRequest(ExportContributionsAction.Kind, "magazine|all|CEPIUG", ExportFormat.Csv, Kim.Id),
             new ExportRequest(ExportContributionsAction.Kind, "magazine|all|CEPIUG", ExportFormat.Xlsx, Lee.Id)],
            chat.Exports.Requests);
        Assert.Contains("CSV", Assert.Single(csv).Shown(), StringComparison.Ordinal);
        Assert.Contains("Excel", Assert.Single(xlsx).Shown(), StringComparison.Ordinal);
        Assert.Equal("text: That export button is missing its format; type **inbox** again.", Assert.Single(broken).Describe());
    }

    [Fact]
    public async Task ALineOfTheInboxShowsTheContributionsCardToTheStaffMemberWhoPressedIt()
    {
        using var chat = await FourSentAsync();
        var inbox = ((CardReply)Assert.Single(await chat.SaysAsync(Kim, "inbox"))).Card;
        var show = inbox.Body.OfType<Container>().Select(c => c.SelectAction).OfType<SubmitAction>().ToList();

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(Kim, show[1]))).Card;

        Assert.Equal(3, show.Count);
        Assert.Equal("M1: WIPO Magazine paper · Bob's paper", card.Heading());
        Assert.Contains(card.Buttons(), b => b.Data[CardVerb.Key] == ContributionVerbs.Take);
    }

    [Fact]
    public async Task AnEmptyInboxSaysSoAndOffersNoExport()
    {
        using var chat = await StartAsync();

        var inbox = ((CardReply)Assert.Single(await chat.SaysAsync(Kim, "inbox"))).Card;

        Assert.Contains("Nothing here.", inbox.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(inbox.Buttons(), b => b.Data[CardVerb.Key] == ContributionVerbs.Export);
    }

    [Fact]
    public async Task MembersCanNeitherSeeTheInboxNorPressAnyStaffButton()
    {
        using var chat = await FourSentAsync();
        var before = await chat.ContributionAsync("feedback", 1);
        (string, string)[] f1 = [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "1")];

        List<IReadOnlyList<Reply>> refused =
        [
            await chat.SaysAsync(Ada, "inbox"),
            await chat.SaysAsync(Elena, "bandeja de entrada"),
            await chat.PressesStaffVerbAsync(Ada, ContributionVerbs.Take, f1),
            await chat.PressesStaffVerbAsync(Ada, ContributionVerbs.Decide, [.. f1, (ContributionVerbs.OutcomeKey, "Answer"), (ContributionVerbs.ReplyInputOf("Answer"), "I answer myself.")]),
            await chat.PressesStaffVerbAsync(Ada, ContributionVerbs.Show, f1),
            await chat.PressesStaffVerbAsync(Ada, ContributionVerbs.Inbox, (ContributionVerbs.KindInput, "all"), (ContributionVerbs.StatusInput, "all"), (ContributionVerbs.GroupInput, "all")),
            await chat.PressesStaffVerbAsync(Ada, ContributionVerbs.Export, (ContributionVerbs.FilterKey, "all|all|all"), (ContributionVerbs.FormatKey, "csv")),
        ];

        Assert.All(refused[..1].Concat(refused[2..]), r => Assert.Equal("text: " + English.StaffOnly, Assert.Single(r).Describe()));
        Assert.Equal("text: " + Texts.In<Dialogs.Conversation.ConversationTexts>("es", "StaffOnly"), Assert.Single(refused[1]).Describe());
        Assert.Same(before, await chat.ContributionAsync("feedback", 1));
        Assert.Empty(chat.Exports.Requests);
    }
}
