using CollabBot.Cards.Contributions;
using CollabBot.Cards.Model;
using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Contributions.Feedback;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>Feedback from a member's form to WIPO's answer: the staff card, taking it, answering or linking it to a plan item, the member told.</summary>
public sealed class FeedbackTests
{
    private const string Ocr = "patentscope/ps-2027-cn-ocr";
    private const string OcrTitle = "Improved OCR for Chinese full texts";

    private static string T(string key, params object[] args) => Texts.English<ContributionTexts>(key, args);

    /// <summary>The values of the plan item list on the staff card's "Link to a plan item" card.</summary>
    private static List<string> PlanChoices(AdaptiveCard card) =>
        [.. (card.Actions ?? []).OfType<ShowCardAction>().SelectMany(a => a.Card.Body).OfType<ChoiceSetInput>()
            .Where(i => i.Id == ContributionVerbs.PlanInput).SelectMany(i => i.Choices.Select(c => c.Value))];

    /// <summary>Staff save the plan item in the plans editor, released.</summary>
    private static async Task<IReadOnlyList<Reply>> ReleasesAsync(ChatHarness chat, string productId, string planId)
    {
        var plan = (await chat.Catalogue.FindPlanAsync(productId, planId, default))!;
        var save = CardVerb.Button("Save", PlansVerbs.SavePlan, (PlansVerbs.ProductKey, productId), (PlansVerbs.PlanKey, planId));
        return await chat.PressesAsync(Kim, save, (PlanInputs.Title, plan.Title), (PlanInputs.Summary, plan.Summary), (PlanInputs.Status, "Released"),
            (PlanInputs.Target, plan.Target ?? ""), (PlanInputs.Link, plan.Link ?? ""));
    }

    private static async Task<ChatHarness> SentAsync()
    {
        var chat = await StartAsync();
        await chat.ContributesAsync(Ada, "feedback", FeedbackAnswers);
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();
        return chat;
    }

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

    [Fact]
    public async Task ThePlanItemsOfferedAreTheProductsItemsNeitherRetiredNorDropped()
    {
        using var chat = await StartAsync();
        var chem = (await chat.Catalogue.FindPlanAsync("patentscope", "ps-2026-chem-search", default))!;
        await chat.Catalogue.SavePlanAsync(chem with { Retired = true },
            new CatalogueChange("patentscope", chem.Id, ChangeKind.PlanRetired, chem.Title, chem.Status, "kim", chat.Clock.GetUtcNow()), default);

        await chat.ContributesAsync(Ada, "feedback", FeedbackAnswers);

        // Not the dropped "Legacy simple-search page", not the retired chemical search, nothing of another product.
        Assert.Equal(["patentscope/ps-2026-alerts", Ocr], PlanChoices(await chat.StaffCardAsync("feedback", 1)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FeedbackOnAnotherServiceHasNoPlanItemToLinkTo()
    {
        using var chat = await StartAsync();

        await chat.ContributesAsync(Ada, "feedback", [FeedbackChannel.OtherService, .. FeedbackAnswers[1..]]);

        var card = await chat.StaffCardAsync("feedback", 1);
        Assert.Equal(FeedbackChannel.OtherService, (await chat.ContributionAsync("feedback", 1))["product"]);
        Assert.Empty(PlanChoices(card));
        Assert.DoesNotContain(card.Buttons(), b => b.Data.GetValueOrDefault(ContributionVerbs.OutcomeKey) == "LinkToPlan");
        Assert.Contains(card.Buttons(), b => b.Data.GetValueOrDefault(ContributionVerbs.OutcomeKey) == "Answer");
    }

    [Fact]
    public async Task LinkedFeedbackTellsItsSenderThenTellsThemOnceMoreWhenStaffReleaseTheItemEvenIfTheSaveIsRepeated()
    {
        using var chat = await SentAsync();

        await chat.DecidesAsync(Kim, "feedback", 1, "LinkToPlan", "", (ContributionVerbs.PlanInput, Ocr));
        await chat.Deliveries.DeliverAsync();

        var linked = await chat.ContributionAsync("feedback", 1);
        Assert.Equal((ContributionStatus.Linked, new LinkedPlan("patentscope", "ps-2027-cn-ocr", OcrTitle)), (linked.Status, linked.Plan));
        Assert.Equal(T("MovedLinked", "F1", OcrTitle), Assert.Single(chat.DeliveredTo(Ada)).Shown().Split('\n')[1]);

        var first = await ReleasesAsync(chat, "patentscope", "ps-2027-cn-ocr");
        var again = await ReleasesAsync(chat, "patentscope", "ps-2027-cn-ocr");
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("its followers are being told", Assert.Single(first).Shown(), StringComparison.Ordinal);
        Assert.Contains("Nothing changed", Assert.Single(again).Shown(), StringComparison.Ordinal);
        var told = chat.DeliveredTo(Ada);
        Assert.Equal(2, told.Count);
        Assert.Equal(T("MovedReleased", "F1", OcrTitle), told[1].Shown().Split('\n')[1]);
        Assert.True((await chat.ContributionAsync("feedback", 1)).ReleaseTold);
    }

    [Fact]
    public async Task ReleasingAnotherItemTellsNobody()
    {
        using var chat = await SentAsync();
        await chat.DecidesAsync(Kim, "feedback", 1, "LinkToPlan", "", (ContributionVerbs.PlanInput, Ocr));
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();

        await ReleasesAsync(chat, "patentscope", "ps-2026-chem-search");
        await chat.Deliveries.DeliverAsync();

        Assert.Empty(chat.DeliveredTo(Ada));
        Assert.False((await chat.ContributionAsync("feedback", 1)).ReleaseTold);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public async Task AnAnswerWithoutTextIsRefusedAndChangesNothing(string reply)
    {
        using var chat = await SentAsync();
        var before = await chat.ContributionAsync("feedback", 1);

        var replies = await chat.DecidesAsync(Kim, "feedback", 1, "Answer", reply);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal("text: Write what Ada Lovelace will read first, then press \"Send the answer\" again.", Assert.Single(replies).Describe());
        Assert.Same(before, await chat.ContributionAsync("feedback", 1));
        Assert.Empty(chat.Notifier.Sent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("patentscope/ps-2026-legacy-ui")]
    [InlineData("epct/epct-2027-workbench")]
    [InlineData("patentscope")]
    public async Task ALinkToNoneOfTheItemsOfferedIsRefusedAndChangesNothing(string plan)
    {
        using var chat = await SentAsync();
        var before = await chat.ContributionAsync("feedback", 1);

        var replies = await chat.DecidesAsync(Kim, "feedback", 1, "LinkToPlan", "", (ContributionVerbs.PlanInput, plan));

        Assert.Equal("text: Choose one of the product's plan items on the card first.", Assert.Single(replies).Describe());
        Assert.Same(before, await chat.ContributionAsync("feedback", 1));
    }

    [Fact]
    public async Task ASecondDecisionOnDecidedFeedbackChangesNothingAndTellsNobody()
    {
        using var chat = await SentAsync();
        await chat.DecidesAsync(Kim, "feedback", 1, "Answer", "We are re-running OCR on those documents.");
        await chat.Deliveries.DeliverAsync();
        var answered = await chat.ContributionAsync("feedback", 1);
        chat.Notifier.Sent.Clear();
        (string, string)[] f1 = [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "1")];

        var link = await chat.PressesStaffVerbAsync(Lee, ContributionVerbs.Decide,
            [.. f1, (ContributionVerbs.OutcomeKey, "LinkToPlan"), (ContributionVerbs.PlanInput, Ocr)]);
        var answer = await chat.PressesStaffVerbAsync(Lee, ContributionVerbs.Decide,
            [.. f1, (ContributionVerbs.OutcomeKey, "Answer"), (ContributionVerbs.ReplyInputOf("Answer"), "Another answer.")]);
        var take = await chat.PressesStaffVerbAsync(Lee, ContributionVerbs.Take, f1);
        await chat.Deliveries.DeliverAsync();

        Assert.All([link, answer, take], r => Assert.Equal("text: F1 was already decided: answered.", Assert.Single(r).Describe()));
        Assert.Same(answered, await chat.ContributionAsync("feedback", 1));
        Assert.Empty(chat.Notifier.Sent);
    }

    [Fact]
    public async Task TheDecisionIsSentOnceToTheSenderAndTheStaffCardIsUpdatedInPlaceByItsLatestVersion()
    {
        using var chat = await SentAsync();

        await chat.PressesOnStaffCardAsync(Kim, "feedback", 1, ContributionVerbs.Take);
        await chat.DecidesAsync(Kim, "feedback", 1, "Answer", "Fixed.");
        await chat.Deliveries.DeliverAsync();

        // The update for "taken" was overtaken by the answer before it went out: only the latest is sent.
        var update = Assert.IsType<CardUpdate>(Assert.Single(chat.DeliveredToChannel()));
        Assert.Contains("Status\nanswered", update.Shown(), StringComparison.Ordinal);
        Assert.Empty(update.Card.Buttons());
        Assert.Single(chat.DeliveredTo(Ada));
        var history = (await chat.ContributionAsync("feedback", 1)).History.Select(h => (h.By, h.What));
        Assert.Equal([("Ada Lovelace", "Sent"), ("Kim Staff", "Took it"), ("Kim Staff", "Answer")], history);
    }
}
