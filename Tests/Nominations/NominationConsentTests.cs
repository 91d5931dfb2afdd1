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
/// Consent on both sides: the nominator confirms the nominee agreed (and can't tell whether the nominee is a member), a
/// nominee who is a member agrees or declines, only they can press their buttons, withdrawing removes the details, and
/// each side is told in their own language.
/// </summary>
public sealed class NominationConsentTests
{
    private const string GracesEmail = "grace.hopper@example.org";

    private static SubmitAction Button(Reply reply, string verb) =>
        Assert.IsType<CardReply>(reply).Card.Buttons().Single(b => b.Data[CardVerb.Key] == verb);

    private static async Task<string> WholeAsync(ChatHarness chat) => JsonSerializer.Serialize(await chat.NominationAsync(1));

    /// <summary>Ada nominated Bob (a member, known by his e-mail address); his consent card delivered.</summary>
    private static async Task<(ChatHarness Chat, Reply Ask, Reply Consent)> BobNominatedAsync()
    {
        var chat = await StartAsync();
        var ask = Assert.Single(await chat.NominatesAsync(Ada, "expert", ExpertAnswers()));
        await chat.Deliveries.DeliverAsync();
        var consent = Assert.Single(chat.DeliveredTo(Bob));
        chat.Notifier.Sent.Clear();
        return (chat, ask, consent);
    }

    [Fact]
    public async Task TheNominatorSeesTheSameCardWhetherOrNotTheNomineeIsAMember()
    {
        using var member = await StartAsync();
        using var outsider = await StartAsync();

        var toMember = Assert.Single(await member.NominatesAsync(Ada, "expert", ExpertAnswers()));
        var toOutsider = Assert.Single(await outsider.NominatesAsync(Ada, "expert", ExpertAnswers("Grace Hopper", GracesEmail)));

        Assert.Equal(Bob.Id, (await member.NominationAsync(1)).Nominee);
        Assert.Null((await outsider.NominationAsync(1)).Nominee);
        Assert.Equal(toMember.Shown().Replace("Bob Builder", "Grace Hopper", StringComparison.Ordinal), toOutsider.Shown());
        Assert.Equal(Assert.IsType<CardReply>(toMember).Card.ToJson().Replace("Bob Builder", "Grace Hopper", StringComparison.Ordinal),
            Assert.IsType<CardReply>(toOutsider).Card.ToJson());

        var confirmedMember = await member.PressesAsync(Ada, Button(toMember, NominationVerbs.Confirm));
        var confirmedOutsider = await outsider.PressesAsync(Ada, Button(toOutsider, NominationVerbs.Confirm));

        Assert.Equal(confirmedMember.Select(r => r.Describe()), confirmedOutsider.Select(r => r.Describe()));
        Assert.Equal(["text: " + Texts.English<NominationTexts>("ConfirmedThanks", "N1")], confirmedOutsider.Select(r => r.Describe()));
    }

    [Fact]
    public async Task ConfirmingANomineeWhoIsNotAMemberSendsItToReview()
    {
        using var chat = await StartAsync();
        var ask = Assert.Single(await chat.NominatesAsync(Ada, "expert", ExpertAnswers("Grace Hopper", GracesEmail)));
        await chat.Deliveries.DeliverAsync();
        Assert.Empty(chat.DeliveredToChannel());

        await chat.PressesAsync(Ada, Button(ask, NominationVerbs.Confirm));
        await chat.Deliveries.DeliverAsync();

        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.UnderReview, true), (n.Status, n.NominatorConfirmed));
        var card = Assert.IsType<CardReply>(Assert.Single(chat.DeliveredToChannel())).Card.AllText();
        Assert.Contains("Nominee\nGrace Hopper", card, StringComparison.Ordinal);
        Assert.Contains(chat.DeliveredTo(Ada), r => r.Shown().Contains("is now: under review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfirmingTwiceChangesNothing()
    {
        using var chat = await StartAsync();
        var ask = Assert.Single(await chat.NominatesAsync(Ada, "expert", ExpertAnswers("Grace Hopper", GracesEmail)));
        await chat.PressesAsync(Ada, Button(ask, NominationVerbs.Confirm));
        var confirmed = await WholeAsync(chat);
        var requested = chat.Deliveries.Requested.Count;

        var again = await chat.PressesAsync(Ada, Button(ask, NominationVerbs.Confirm));

        Assert.Equal(confirmed, await WholeAsync(chat));
        Assert.Equal(requested, chat.Deliveries.Requested.Count);
        Assert.Equal(["text: " + Texts.English<NominationTexts>("ConfirmedThanks", "N1")], again.Select(r => r.Describe()));
    }

    [Fact]
    public async Task ANomineeWhoDeclinesWithdrawsItRemovesTheDetailsAndTheNominatorIsTold()
    {
        var (chat, ask, consent) = await BobNominatedAsync();
        using var _ = chat;

        var replies = await chat.PressesAsync(Bob, Button(consent, NominationVerbs.Decline));
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["text: " + Texts.English<NominationTexts>("DeclinedDone", "N1")], replies.Select(r => r.Describe()));
        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.Withdrawn, (bool?)false, (NominationDetails?)null), (n.Status, n.NomineeAgreed, n.Details));
        Assert.DoesNotContain(BobsEmail, JsonSerializer.Serialize(n), StringComparison.Ordinal);
        var told = Assert.Single(chat.DeliveredTo(Ada)).Shown();
        Assert.Contains("**N1**", told, StringComparison.Ordinal);
        Assert.Contains("is now: withdrawn", told, StringComparison.Ordinal);
        Assert.Empty(chat.DeliveredTo(Bob));
        Assert.Empty(chat.DeliveredToChannel());
        Assert.Equal(["text: " + Texts.English<NominationTexts>("AlreadyMoved", "N1")],
            (await chat.PressesAsync(Ada, Button(ask, NominationVerbs.Confirm))).Select(r => r.Describe()));
        Assert.Equal(NominationStatus.Withdrawn, (await chat.NominationAsync(1)).Status);
    }

    [Fact]
    public async Task ANomineeWhoAgreedCannotDeclineAfterwards()
    {
        var (chat, _, consent) = await BobNominatedAsync();
        using var __ = chat;
        await chat.PressesAsync(Bob, Button(consent, NominationVerbs.Agree));

        var replies = await chat.PressesAsync(Bob, Button(consent, NominationVerbs.Decline));

        Assert.Equal(["text: " + Texts.English<NominationTexts>("AlreadyMoved", "N1")], replies.Select(r => r.Describe()));
        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.AwaitingConsent, (bool?)true), (n.Status, n.NomineeAgreed));
        Assert.NotNull(n.Details);
    }

    [Theory]
    [InlineData(NominationVerbs.Agree)]
    [InlineData(NominationVerbs.Decline)]
    public async Task OnlyTheNomineeCanAnswerForThemselves(string verb)
    {
        var (chat, _, consent) = await BobNominatedAsync();
        using var __ = chat;
        var before = await WholeAsync(chat);

        var byNominator = await chat.PressesAsync(Ada, Button(consent, verb));
        var byOther = await chat.PressesAsync(Chloe, Button(consent, verb));

        var notYours = "text: " + Texts.English<NominationTexts>("NotYours");
        Assert.Equal([notYours], byNominator.Select(r => r.Describe()));
        Assert.Equal([Texts.In<NominationTexts>("fr", "NotYours")], byOther.Select(r => r.Shown()));
        Assert.Equal(before, await WholeAsync(chat));
    }

    [Theory]
    [InlineData(NominationVerbs.Confirm)]
    [InlineData(NominationVerbs.Withdraw)]
    public async Task OnlyTheNominatorCanConfirmOrWithdraw(string verb)
    {
        var (chat, ask, _) = await BobNominatedAsync();
        using var __ = chat;
        var before = await WholeAsync(chat);

        var byNominee = await chat.PressesAsync(Bob, Button(ask, verb));

        Assert.Equal(["text: " + Texts.English<NominationTexts>("NotYours")], byNominee.Select(r => r.Describe()));
        Assert.Equal(before, await WholeAsync(chat));
    }

    [Fact]
    public async Task WithdrawingBeforeReviewRemovesTheDetailsAndTellsStaffNothing()
    {
        var (chat, ask, _) = await BobNominatedAsync();
        using var __ = chat;

        var replies = await chat.PressesAsync(Ada, Button(ask, NominationVerbs.Withdraw));
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["text: " + Texts.English<NominationTexts>("WithdrawnDone", "N1")], replies.Select(r => r.Describe()));
        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.Withdrawn, (NominationDetails?)null), (n.Status, n.Details));
        Assert.Empty(chat.DeliveredToChannel());
        Assert.Empty(chat.DeliveredTo(Bob));
    }

    [Fact]
    public async Task WithdrawingUnderReviewRemovesTheDetailsAndUpdatesTheStaffCard()
    {
        using var chat = await StartAsync();
        var ask = Assert.Single(await chat.NominatesAsync(Ada, "expert", ExpertAnswers("Grace Hopper", GracesEmail)));
        await chat.PressesAsync(Ada, Button(ask, NominationVerbs.Confirm));
        await chat.Deliveries.DeliverAsync();
        await chat.ReviewsAsync(Kim, 1, 5, accept: true, "I worked with Grace Hopper at the Navy.");
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();

        var replies = await chat.PressesAsync(Ada, Button(ask, NominationVerbs.Withdraw));
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["text: " + Texts.English<NominationTexts>("WithdrawnDone", "N1")], replies.Select(r => r.Describe()));
        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationStatus.Withdrawn, (NominationDetails?)null), (n.Status, n.Details));
        Assert.All(n.Reviews, r => Assert.Null(r.Comment));
        var update = Assert.IsType<CardUpdate>(Assert.Single(chat.DeliveredToChannel())).Card;
        var shown = update.AllText();
        Assert.Contains("Status\nwithdrawn", shown, StringComparison.Ordinal);
        Assert.Contains("Details\nremoved", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace Hopper", update.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain(update.Buttons(), b => b.Data[CardVerb.Key] == NominationVerbs.Review);
        Assert.Contains(chat.DeliveredTo(Ada), r => r.Shown().Contains("is now: withdrawn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MyNominationsShowsStatusAndHistoryInTheMembersLanguageAndNoWithdrawOnceWithdrawn()
    {
        using var chat = await StartAsync();
        string T(string key, params object[] args) => Texts.In<NominationTexts>("fr", key, args);
        var ask = Assert.Single(await chat.NominatesAsync(Chloe, "expert", "Grace Hopper", "US Navy", GracesEmail, "5", "passer", "1", "Deux semaines", "Pionnière."));

        var open = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Chloe, "mes nominations"))).Card;
        await chat.PressesAsync(Chloe, open.Buttons().Single(b => b.Data[CardVerb.Key] == NominationVerbs.Withdraw));
        var withdrawn = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Chloe, "my nominations"))).Card;

        var shown = open.AllText();
        Assert.Contains(T("MineHeading"), shown, StringComparison.Ordinal);
        Assert.Contains($"**N1** · {T("KindExpert")} · Grace Hopper", shown, StringComparison.Ordinal);
        Assert.Contains($"{T("Status")}\n{T("StatusAwaitingConsent")}", shown, StringComparison.Ordinal);
        Assert.Contains($"- 2026-11-25: {T("StepNominated")}", shown, StringComparison.Ordinal);
        Assert.Contains(T("Withdraw"), shown, StringComparison.Ordinal);
        var after = withdrawn.AllText();
        Assert.Contains($"{T("Status")}\n{T("StatusWithdrawn")}", after, StringComparison.Ordinal);
        Assert.Contains($"- 2026-11-25: {T("StepWithdrawn")}", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace Hopper", after, StringComparison.Ordinal);
        Assert.DoesNotContain(withdrawn.Buttons(), b => b.Data[CardVerb.Key] == NominationVerbs.Withdraw);
        Assert.Contains(withdrawn.Buttons(), b => b.Title == T("NominateTitle"));
        Assert.NotEqual(Texts.English<NominationTexts>("StatusWithdrawn"), T("StatusWithdrawn"));
        Assert.NotNull(ask);
    }

    [Fact]
    public async Task MyNominationsShowsOnlyYourOwnNewestFirstWithoutStaffNames()
    {
        using var chat = await StartAsync();
        var ask = Assert.Single(await chat.NominatesAsync(Ada, "expert", ExpertAnswers("Grace Hopper", GracesEmail)));
        await chat.PressesAsync(Ada, Button(ask, NominationVerbs.Confirm));
        await chat.NominatesAsync(Ada, "expert", ExpertAnswers("Alan Turing", "alan@example.org"));
        await chat.NominatesAsync(Chloe, "expert", "Marie Curie", "Sorbonne", "marie@example.org", "4", "passer", "2", "Un mois", "Deux prix Nobel.");
        await chat.PressesOnStaffCardAsync(Sam, 1, NominationVerbs.Hold);

        var shown = (await chat.SaysAsync(Ada, "my nominations")).Shown();

        Assert.True(shown.IndexOf("**N2**", StringComparison.Ordinal) < shown.IndexOf("**N1**", StringComparison.Ordinal), shown);
        Assert.DoesNotContain("N3", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Marie Curie", shown, StringComparison.Ordinal);
        Assert.Contains("Status\non hold", shown, StringComparison.Ordinal);
        Assert.Contains("- 2026-11-25: put on hold", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Staff", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNominatorAndTheNomineeAreEachToldInTheirOwnLanguage()
    {
        using var chat = await StartAsync();
        await chat.Members.UpdateAsync(Dieter.Id, r => r with { Email = "dieter.weber@example.de", SignInLookedUp = true }, default);
        string Fr(string key, params object[] args) => Texts.In<NominationTexts>("fr", key, args);
        string De(string key, params object[] args) => Texts.In<NominationTexts>("de", key, args);

        var ask = Assert.Single(await chat.NominatesAsync(Chloe, "expert", "Dieter Weber", "AFPIC", "Dieter.Weber@example.de", "4", "passer", "3", "Zwei Wochen",
            "Chimiste."));
        await chat.Deliveries.DeliverAsync();
        var consent = Assert.Single(chat.DeliveredTo(Dieter));
        var agreed = await chat.PressesAsync(Dieter, Button(consent, NominationVerbs.Agree));
        var confirmed = await chat.PressesAsync(Chloe, Button(ask, NominationVerbs.Confirm));
        await chat.Deliveries.DeliverAsync();
        await chat.ReviewsAsync(Kim, 1, 5, accept: true);
        await chat.ReviewsAsync(Lee, 1, 4, accept: true);
        await chat.Deliveries.DeliverAsync();

        Assert.Contains(Fr("RecordedAskConsent", "N1", "Dieter Weber"), ask.Shown(), StringComparison.Ordinal);
        Assert.Equal(string.Join("\n", De("ConsentHeading"), De("ConsentText", "Chloé Martin (PDG)", De("KindExpert")), De("Agree"), De("DeclineConsent")),
            consent.Shown());
        Assert.Equal([De("AgreedThanks", "N1")], agreed.Select(r => r.Shown()));
        Assert.Equal([Fr("ConfirmedThanks", "N1")], confirmed.Select(r => r.Shown()));
        var toChloe = chat.DeliveredTo(Chloe).Select(r => r.Shown()).ToList();
        var toDieter = chat.DeliveredTo(Dieter).Skip(1).Select(r => r.Shown()).ToList();
        var decision = "accepted: 2 of 2 reviewers recommend it";
        Assert.Equal([Fr("Moved", "N1", Fr("KindExpert"), ": Dieter Weber", Fr("StatusUnderReview")),
            Fr("Moved", "N1", Fr("KindExpert"), ": Dieter Weber", Fr("StatusAccepted")) + " " + Fr("MovedComment", decision)], toChloe);
        Assert.Equal([De("Moved", "N1", De("KindExpert"), ": Dieter Weber", De("StatusUnderReview")),
            De("Moved", "N1", De("KindExpert"), ": Dieter Weber", De("StatusAccepted")) + " " + De("MovedComment", decision)], toDieter);
        Assert.NotEqual(Fr("StatusAccepted"), De("StatusAccepted"));
    }
}
