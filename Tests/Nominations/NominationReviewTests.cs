using System.Text.Json;
using CollabBot.Cards.Model;
using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Nominations;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Nominations.NominationChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Nominations;

/// <summary>
/// Staff reviewing a nomination on its card in the staff channel: conflicts of interest, the panel's N-of-M rule,
/// reviewers asked by name, hold and resume, contact details kept out of the channel, and the audit trail.
/// </summary>
public sealed class NominationReviewTests
{
    private const string GracesEmail = "grace.hopper@example.org";

    /// <summary>Ada nominated Grace Hopper (not a member) as an expert and confirmed she agreed: N1 is under review, its card posted, nothing else sent yet.</summary>
    private static async Task<ChatHarness> UnderReviewAsync(Action<NominationOptions>? options = null)
    {
        var chat = await StartAsync(options);
        var ask = Assert.Single(await chat.NominatesAsync(Ada, "expert", ExpertAnswers("Grace Hopper", GracesEmail)));
        await chat.PressesAsync(Ada, Assert.IsType<CardReply>(ask).Card.Buttons().Single(b => b.Data[CardVerb.Key] == NominationVerbs.Confirm));
        await chat.Deliveries.DeliverAsync();
        Assert.Equal(NominationStatus.UnderReview, (await chat.NominationAsync(1)).Status);
        chat.Notifier.Sent.Clear();
        chat.Clock.Advance(TimeSpan.FromMinutes(30));
        return chat;
    }

    private static async Task<string> WholeAsync(ChatHarness chat) => JsonSerializer.Serialize(await chat.NominationAsync(1));

    /// <summary>Presses a button of N1's card as it was earlier (a card not yet updated), in the staff channel.</summary>
    private static async Task<IReadOnlyList<Reply>> PressesStaleAsync(ChatHarness chat, Member member, string verb, params (string Key, string Value)[] inputs)
    {
        chat.Conversation = ConversationKind.Channel;
        try
        {
            return await chat.PressesAsync(member, verb, [(NominationVerbs.NumberKey, "1"), .. inputs]);
        }
        finally
        {
            chat.Conversation = ConversationKind.Personal;
        }
    }

    [Fact]
    public async Task AReviewerWhoDeclaredAConflictCannotScoreItAndNothingChanges()
    {
        using var chat = await UnderReviewAsync();
        await chat.PressesOnStaffCardAsync(Kim, 1, NominationVerbs.Conflict);
        var declared = await WholeAsync(chat);

        var replies = await chat.ReviewsAsync(Kim, 1, 5, accept: true, "I know her well.");

        Assert.Equal(["text: You declared a conflict of interest on N1, so you can't score it."], replies.Select(r => r.Describe()));
        Assert.Equal(declared, await WholeAsync(chat));
        var card = (await chat.StaffCardAsync(1)).AllText();
        Assert.Contains("Kim Staff: conflict of interest declared", card, StringComparison.Ordinal);
        Assert.DoesNotContain("I know her well.", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConflictFreesTheSeatForAnotherReviewer()
    {
        using var chat = await UnderReviewAsync();
        await chat.PressesOnStaffCardAsync(Kim, 1, NominationVerbs.Conflict);

        await chat.ReviewsAsync(Lee, 1, 4, accept: true);
        Assert.Equal(NominationStatus.UnderReview, (await chat.NominationAsync(1)).Status);
        await chat.ReviewsAsync(Sam, 1, 5, accept: true);

        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.Accepted, "accepted: 2 of 2 reviewers recommend it"), (n.Status, n.Decision));
    }

    [Fact]
    public async Task UnderTheDefaultTwoOfTwoOneDeclineDeclinesItAndTheNominatorIsTold()
    {
        using var chat = await UnderReviewAsync();

        await chat.ReviewsAsync(Kim, 1, 2, accept: false, "Not enough searching experience.");
        await chat.Deliveries.DeliverAsync();

        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.Declined, (DateOnly?)null), (n.Status, n.TermUntil));
        var told = Assert.Single(chat.DeliveredTo(Ada)).Shown();
        Assert.Contains("is now: declined", told, StringComparison.Ordinal);
        Assert.Contains("declined: 1 of 1 reviewers do not recommend it", told, StringComparison.Ordinal);
        var card = Assert.IsType<CardUpdate>(Assert.Single(chat.DeliveredToChannel())).Card;
        Assert.Contains("Status\ndeclined", card.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(card.Buttons(), b => b.Data[CardVerb.Key] == NominationVerbs.Review);
    }

    [Fact]
    public async Task UnderTheDefaultRuleOneAcceptIsNotEnough()
    {
        using var chat = await UnderReviewAsync();

        await chat.ReviewsAsync(Kim, 1, 5, accept: true);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(NominationStatus.UnderReview, (await chat.NominationAsync(1)).Status);
        Assert.Empty(chat.DeliveredTo(Ada));
        Assert.Contains("2 of 2 reviewers must recommend it", (await chat.StaffCardAsync(1)).AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, NominationStatus.Accepted)]
    [InlineData(false, NominationStatus.Declined)]
    public async Task UnderAOneOfOneRuleTheFirstReviewDecides(bool accept, NominationStatus decided)
    {
        using var chat = await UnderReviewAsync(o => o.Expert = new ReviewRule { Reviewers = 1, Needed = 1 });

        await chat.ReviewsAsync(Kim, 1, accept ? 4 : 2, accept);

        var n = await chat.NominationAsync(1);
        Assert.Equal(decided, n.Status);
        Assert.Equal(accept ? new DateOnly(2028, 11, 25) : null, n.TermUntil);
        Assert.Contains("1 of 1 reviewers must recommend it", (await chat.StaffCardAsync(1)).AllText(), StringComparison.Ordinal);
        var late = await PressesStaleAsync(chat, Lee, NominationVerbs.Review, (NominationVerbs.ScoreInput, "5"), (NominationVerbs.RecommendInput, "accept"));
        Assert.Equal([$"text: N1 is {NominationViews.StatusName(decided)}: it takes no reviews now."], late.Select(r => r.Describe()));
        Assert.Single((await chat.NominationAsync(1)).Reviews);
    }

    [Fact]
    public async Task ReviewingAgainReplacesYourReview()
    {
        using var chat = await UnderReviewAsync();
        await chat.ReviewsAsync(Kim, 1, 3, accept: true, "Promising.");

        await chat.ReviewsAsync(Kim, 1, 5, accept: true, "Outstanding, having read her papers.");

        var n = await chat.NominationAsync(1);
        var review = Assert.Single(n.Reviews);
        Assert.Equal((5, true, "Outstanding, having read her papers."), (review.Score, review.Recommends, review.Comment));
        Assert.Equal(NominationStatus.UnderReview, n.Status);
        var card = (await chat.StaffCardAsync(1)).AllText();
        Assert.Contains("Kim Staff: 5/5, recommends it: Outstanding, having read her papers.", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Promising.", card[..card.IndexOf("Outstanding", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceReviewersAreAskedSomeoneElseIsRefusedAndNothingChanges()
    {
        using var chat = await UnderReviewAsync();
        await chat.PressesOnStaffCardAsync(Sam, 1, NominationVerbs.AssignReviewers, (NominationVerbs.ReviewersInput, "t1/kim,t1/lee"));
        var asked = await WholeAsync(chat);

        var replies = await chat.ReviewsAsync(Sam, 1, 5, accept: true);

        Assert.Equal(["t1/kim", "t1/lee"], (await chat.NominationAsync(1)).Reviewers);
        Assert.Contains("is reviewed by the staff asked to review it", Assert.Single(replies).Shown(), StringComparison.Ordinal);
        Assert.Equal(asked, await WholeAsync(chat));
        Assert.Contains("asked: Kim Staff, Lee Lead", (await chat.StaffCardAsync(1)).AllText(), StringComparison.Ordinal);

        await chat.ReviewsAsync(Kim, 1, 5, accept: true);
        await chat.ReviewsAsync(Lee, 1, 4, accept: true);
        Assert.Equal(NominationStatus.Accepted, (await chat.NominationAsync(1)).Status);
    }

    [Fact]
    public async Task AskedReviewersGetARequestInTheirPersonalChat()
    {
        using var chat = await UnderReviewAsync();

        await chat.PressesOnStaffCardAsync(Sam, 1, NominationVerbs.AssignReviewers, (NominationVerbs.ReviewersInput, "t1/kim,t1/lee"));
        await chat.Deliveries.DeliverAsync();

        foreach (var reviewer in (Member[])[Kim, Lee])
        {
            var request = Assert.Single(chat.DeliveredTo(reviewer)).Shown();
            Assert.Contains("You are asked to review N1 (Expert for a WIPO project)", request, StringComparison.Ordinal);
        }
        Assert.Empty(chat.DeliveredTo(Sam));
        Assert.Empty(chat.DeliveredTo(Ada));
        Assert.Equal("Sam Staff asked Kim Staff, Lee Lead to review it", $"{(await chat.NominationAsync(1)).History[^1].By} {(await chat.NominationAsync(1)).History[^1].What}");
    }

    [Fact]
    public async Task AskingSomeoneWhoIsNotStaffIsRefused()
    {
        using var chat = await UnderReviewAsync();
        var before = await WholeAsync(chat);

        var replies = await chat.PressesOnStaffCardAsync(Sam, 1, NominationVerbs.AssignReviewers, (NominationVerbs.ReviewersInput, "t1/kim,t1/ada"));

        Assert.Contains("only staff who have spoken to the bot can be asked", Assert.Single(replies).Shown(), StringComparison.Ordinal);
        Assert.Equal(before, await WholeAsync(chat));
    }

    [Fact]
    public async Task OnHoldItTakesNoReviewsUntilResumed()
    {
        using var chat = await UnderReviewAsync();

        await chat.PressesOnStaffCardAsync(Sam, 1, NominationVerbs.Hold);
        var held = await chat.StaffCardAsync(1);
        var refused = await PressesStaleAsync(chat, Kim, NominationVerbs.Review, (NominationVerbs.ScoreInput, "5"), (NominationVerbs.RecommendInput, "accept"));
        var heldStatus = (await chat.NominationAsync(1)).Status;
        await chat.PressesOnStaffCardAsync(Sam, 1, NominationVerbs.Resume);
        await chat.ReviewsAsync(Kim, 1, 5, accept: true);
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("Status\non hold", held.AllText(), StringComparison.Ordinal);
        Assert.Equal([NominationVerbs.Resume, NominationVerbs.Contact], held.Buttons().Select(b => b.Data[CardVerb.Key]));
        Assert.Equal(["text: N1 is on hold: it takes no reviews now."], refused.Select(r => r.Describe()));
        Assert.Equal(NominationStatus.OnHold, heldStatus);
        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.UnderReview, 1), (n.Status, n.Reviews.Count));
        var told = chat.DeliveredTo(Ada).Select(r => r.Shown()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([Texts.English<NominationTexts>("Moved", "N1", "Expert for a WIPO project", ": Grace Hopper", "on hold"),
            Texts.English<NominationTexts>("Moved", "N1", "Expert for a WIPO project", ": Grace Hopper", "under review")], told);
    }

    [Theory]
    [InlineData(NominationVerbs.Review)]
    [InlineData(NominationVerbs.Conflict)]
    [InlineData(NominationVerbs.AssignReviewers)]
    [InlineData(NominationVerbs.Hold)]
    [InlineData(NominationVerbs.Resume)]
    [InlineData(NominationVerbs.Contact)]
    [InlineData(NominationVerbs.Show)]
    public async Task AMemberPressingAStaffButtonIsRefusedAndNothingChanges(string verb)
    {
        using var chat = await UnderReviewAsync();
        var before = await WholeAsync(chat);
        var requested = chat.Deliveries.Requested.Count;

        var replies = await PressesStaleAsync(chat, Ada, verb, (NominationVerbs.ScoreInput, "5"), (NominationVerbs.RecommendInput, "accept"),
            (NominationVerbs.ReviewersInput, "t1/kim"));
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["text: " + English.StaffOnly], replies.Select(r => r.Describe()));
        Assert.Equal(before, await WholeAsync(chat));
        Assert.Equal(requested, chat.Deliveries.Requested.Count);
        Assert.Empty(chat.Notifier.Sent);
    }

    [Fact]
    public async Task TheStaffCardNeverShowsTheNomineesEmail()
    {
        using var chat = await StartAsync();
        var ask = Assert.Single(await chat.NominatesAsync(Ada, "expert", ExpertAnswers("Grace Hopper", GracesEmail)));
        await chat.PressesAsync(Ada, Assert.IsType<CardReply>(ask).Card.Buttons().Single(b => b.Data[CardVerb.Key] == NominationVerbs.Confirm));
        await chat.Deliveries.DeliverAsync();
        await chat.ReviewsAsync(Kim, 1, 5, accept: true, "Reach her at grace.hopper at example dot org.");
        await chat.PressesOnStaffCardAsync(Sam, 1, NominationVerbs.Hold);
        await chat.Deliveries.DeliverAsync();

        var posted = chat.DeliveredToChannel().Select(r => r switch { CardReply c => c.Card, CardUpdate u => u.Card, _ => null }).OfType<AdaptiveCard>().ToList();
        Assert.True(posted.Count >= 2, "the card should have been posted and updated");
        foreach (var card in posted.Append(await chat.StaffCardAsync(1)))
        {
            Assert.DoesNotContain(GracesEmail, card.ToJson(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Grace Hopper", card.AllText(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain(GracesEmail, (await chat.SaysAsync(Sam, "nominations")).Shown(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ContactDetailsGoOnlyToTheStaffMembersPersonalChat()
    {
        using var chat = await UnderReviewAsync();

        var replies = await chat.PressesOnStaffCardAsync(Kim, 1, NominationVerbs.Contact);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["text: I've sent N1's contact details to your personal chat with me."], replies.Select(r => r.Describe()));
        var sent = Assert.Single(chat.Notifier.Sent);
        Assert.Equal(Kim.Id, sent.To);
        Assert.Equal($"Contact details of N1: the nominee Grace Hopper, European Patent Office, {GracesEmail}. "
            + "Nominated by Ada Lovelace (PIUG), who can be reached through this bot.", sent.Message.Shown());
        Assert.Empty(chat.DeliveredToChannel());
    }

    [Fact]
    public async Task TheAuditTrailListsEachStep()
    {
        using var chat = await UnderReviewAsync();
        await chat.PressesOnStaffCardAsync(Kim, 1, NominationVerbs.Conflict);
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        await chat.PressesOnStaffCardAsync(Sam, 1, NominationVerbs.Hold);
        chat.Clock.Advance(TimeSpan.FromHours(2));
        await chat.PressesOnStaffCardAsync(Sam, 1, NominationVerbs.Resume);
        chat.Clock.Advance(TimeSpan.FromDays(1));
        await chat.ReviewsAsync(Lee, 1, 2, accept: false, "Not enough searching experience.");

        var card = (await chat.StaffCardAsync(1)).AllText();

        Assert.Contains(string.Join("\n",
            "- 2026-11-25 10:00 UTC Ada Lovelace nominated",
            "- 2026-11-25 10:00 UTC Ada Lovelace confirmed the nominee agreed",
            "- 2026-11-25 10:00 UTC CollabBot went to review",
            "- 2026-11-25 10:30 UTC Kim Staff declared a conflict of interest",
            "- 2026-11-25 10:35 UTC Sam Staff put it on hold",
            "- 2026-11-25 12:35 UTC Sam Staff resumed the review",
            "- 2026-11-26 12:35 UTC Lee Lead reviewed it: 2/5, decline",
            "- 2026-11-26 12:35 UTC The review panel declined"), card, StringComparison.Ordinal);
        Assert.Contains("Lee Lead: 2/5, does not recommend it: Not enough searching experience.", card, StringComparison.Ordinal);
    }
}
