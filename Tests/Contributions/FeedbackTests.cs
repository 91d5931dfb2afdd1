using CollabBot.Cards.Contributions;
using CollabBot.Dialogs.Contributions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>Feedback from a member's form to WIPO's answer: the staff card, taking it, answering or linking it to a plan item, the member told.</summary>
public sealed class FeedbackTests
{
    [Fact]
    public async Task FeedbackGoesToTheStaffChannelIsTakenAndAnsweredAndTheMemberIsTold()
    {
        using var chat = await StartAsync();

        var sent = await chat.ContributesAsync(Ada, "feedback", FeedbackAnswers);
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("**F1**", Assert.Single(sent).Shown(), StringComparison.Ordinal);
        var f = await chat.ContributionAsync("feedback", 1);
        Assert.Equal(("PATENTSCOPE", "One case", "High", "yes", ContributionStatus.Received), (f["product"], f["about"], f["importance"], f["contact"], f.Status));
        var card = Assert.Single(chat.DeliveredToChannel()).Shown();
        Assert.Contains("F1: Feedback · PATENTSCOPE", card, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace (PIUG)", card, StringComparison.Ordinal);

        await chat.PressesOnStaffCardAsync(Kim, "feedback", 1, ContributionVerbs.Take);
        Assert.Equal((ContributionStatus.Taken, "Kim Staff"), ((await chat.ContributionAsync("feedback", 1)).Status, (await chat.ContributionAsync("feedback", 1)).TakenByName));
        await chat.PressesOnStaffCardAsync(Kim, "feedback", 1, ContributionVerbs.Decide, "Answer", (ContributionVerbs.ReplyInputOf("Answer"), "We are re-running OCR on those documents."));
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(ContributionStatus.Answered, (await chat.ContributionAsync("feedback", 1)).Status);
        var told = Assert.Single(chat.DeliveredTo(Ada)).Shown();
        Assert.Contains("WIPO answered your Feedback **F1** (PATENTSCOPE)", told, StringComparison.Ordinal);
        Assert.Contains("We are re-running OCR", told, StringComparison.Ordinal);
        var mine = (await chat.SaysAsync(Ada, "my contributions")).Shown();
        Assert.Contains("answered", mine, StringComparison.Ordinal);
        Assert.Contains("We are re-running OCR", mine, StringComparison.Ordinal);
    }
}
