using CollabBot.Cards.Contributions;
using CollabBot.Dialogs.Contributions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>A WIPO Inspire report proposal from the form to its acceptance.</summary>
public sealed class InspireTests
{
    private static string T(string key, params object[] args) => Texts.English<ContributionTexts>(key, args);

    [Fact]
    public async Task BobProposesAReportWhichStaffTakeAndAccept()
    {
        using var chat = await StartAsync();

        var intro = (await chat.SaysAsync(Bob, "propose a report")).Shown();
        var replies = new List<string>();
        foreach (var answer in InspireAnswers)
        {
            replies.Add((await chat.SaysAsync(Bob, answer)).Shown());
        }
        await chat.Deliveries.DeliverAsync();

        Assert.Contains(T("InspireFormTitle"), intro, StringComparison.Ordinal);
        Assert.Contains(T("InspireDatabase"), intro, StringComparison.Ordinal);
        Assert.Contains(T("InspireCoverage"), replies[0], StringComparison.Ordinal);
        Assert.Contains(T("InspireWhy"), replies[1], StringComparison.Ordinal);
        Assert.Contains(T("InspireReviewer"), replies[2], StringComparison.Ordinal);
        Assert.Equal(T("Sent", "WIPO Inspire report", "I1"), replies[3]);
        var i1 = await chat.ContributionAsync("inspire", 1);
        Assert.Equal(("I1", "Lens.org", "yes", "CEPIUG"), (i1.Code, i1["database"], i1["reviewer"], i1.SenderGroup));
        var card = Assert.Single(chat.DeliveredToChannel()).Shown();
        Assert.Contains("I1: WIPO Inspire report · Lens.org", card, StringComparison.Ordinal);
        Assert.Contains("Volunteers to review it\nyes", card, StringComparison.Ordinal);
        Assert.Contains("**Why it matters**\nMany of our members use it.", card, StringComparison.Ordinal);
        Assert.Equal(["Accept", "Decline"],
            (await chat.StaffCardAsync("inspire", 1)).Buttons().Where(b => b.Data.ContainsKey(ContributionVerbs.OutcomeKey)).Select(b => b.Data[ContributionVerbs.OutcomeKey]));

        chat.Notifier.Sent.Clear();
        await chat.PressesOnStaffCardAsync(Sam, "inspire", 1, ContributionVerbs.Take);
        var accepted = await chat.DecidesAsync(Sam, "inspire", 1, "Accept");
        await chat.Deliveries.DeliverAsync();

        var after = await chat.ContributionAsync("inspire", 1);
        Assert.Equal((ContributionStatus.Accepted, "Sam Staff", null), (after.Status, after.DecidedByName, after.Reply));
        Assert.Contains("Status\naccepted", Assert.Single(accepted).Shown(), StringComparison.Ordinal);
        var told = Assert.Single(chat.DeliveredTo(Bob)).Shown();
        Assert.Contains(T("MovedAccepted", "WIPO Inspire report", "I1", "Lens.org"), told, StringComparison.Ordinal);
        Assert.Contains("I1: " + T("StatusAccepted"), told, StringComparison.Ordinal);
    }
}
