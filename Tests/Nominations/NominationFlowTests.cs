using CollabBot.Cards.Model;
using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Nominations;
using CollabBot.Tests.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Nominations.NominationChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Nominations;

/// <summary>A nomination from the member's form to the panel's decision: consent on both sides, the staff card, both sides told.</summary>
public sealed class NominationFlowTests
{
    private static SubmitAction Button(Reply reply, string verb) =>
        Assert.IsType<CardReply>(reply).Card.Buttons().Single(b => b.Data[CardVerb.Key] == verb);

    [Fact]
    public async Task AnExpertWhoIsAMemberAgreesTheNominatorConfirmsTwoReviewersAcceptAndBothAreTold()
    {
        using var chat = await StartAsync();

        var recorded = await chat.NominatesAsync(Ada, "expert", ExpertAnswers());
        await chat.Deliveries.DeliverAsync();

        var ask = Assert.Single(recorded);
        Assert.Contains("did Bob Builder agree to be nominated?", ask.Shown(), StringComparison.Ordinal);
        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.AwaitingConsent, Bob.Id, (bool?)null), (n.Status, n.Nominee, n.NomineeAgreed));
        Assert.Equal(["Sequence searching", "Machine translation"], n.Details!.Expertise);
        Assert.Equal("English, French", n.Details.Languages);
        var consent = Assert.Single(chat.DeliveredTo(Bob));
        Assert.Contains("Ada Lovelace (PIUG) nominated you", consent.Shown(), StringComparison.Ordinal);
        Assert.Empty(chat.DeliveredToChannel());

        Assert.Contains("goes to WIPO staff", (await chat.PressesAsync(Bob, Button(consent, NominationVerbs.Agree))).Shown(), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.AwaitingConsent, (await chat.NominationAsync(1)).Status);
        await chat.PressesAsync(Ada, Button(ask, NominationVerbs.Confirm));
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(NominationStatus.UnderReview, (await chat.NominationAsync(1)).Status);
        var card = Assert.IsType<CardReply>(Assert.Single(chat.DeliveredToChannel())).Card.AllText();
        Assert.Contains("N1: Expert for a WIPO project", card, StringComparison.Ordinal);
        Assert.DoesNotContain(BobsEmail, card, StringComparison.Ordinal);

        chat.Notifier.Sent.Clear();
        await chat.ReviewsAsync(Kim, 1, 5, accept: true, "Strong record.");
        Assert.Equal(NominationStatus.UnderReview, (await chat.NominationAsync(1)).Status);
        await chat.ReviewsAsync(Lee, 1, 4, accept: true);
        await chat.Deliveries.DeliverAsync();

        n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.Accepted, new DateOnly(2028, 11, 25)), (n.Status, n.TermUntil));
        Assert.Contains(chat.DeliveredTo(Ada), r => r.Shown().Contains("is now: accepted", StringComparison.Ordinal));
        Assert.Contains(chat.DeliveredTo(Bob), r => r.Shown().Contains("is now: accepted", StringComparison.Ordinal));
        var experts = (await chat.SaysAsync(Sam, "experts in sequence searching who speak French")).Shown();
        Assert.Contains("Bob Builder", experts, StringComparison.Ordinal);
        Assert.Contains("Nobody in the directory matches.", (await chat.SaysAsync(Sam, "experts in chemistry")).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASpeakerRequestUnderReviewBeforeAnyStaffChannelIsPostedWhenStaffSetOne()
    {
        using var chat = RoundTableChat.Start();
        await chat.NominatesAsync(Ada, "speaker", "CEPIUG annual conference", "2026-12-20", "Munich", "About 120 searchers", "2", "1", "skip");
        await chat.Deliveries.DeliverAsync();
        Assert.Empty(chat.DeliveredToChannel());
        chat.Conversation = ConversationKind.Channel;
        chat.Channel = RoundTableChat.TeamChannel(new RosterEntry(Tests.Support.ChatHarness.StaffObjectId, "Sam Staff"));

        var replies = await chat.SaysAsync(Sam, "use this channel for questions");
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("The nomination under review follows.", replies.Shown(), StringComparison.Ordinal);
        Assert.Contains("N1: Speaker request", Assert.IsType<CardReply>(Assert.Single(chat.DeliveredToChannel())).Card.AllText(), StringComparison.Ordinal);
    }
}
