using CollabBot.Cards.Help;
using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Plans;

public sealed class PlansConversationTests : IDisposable
{
    private readonly ChatHarness bot = new ChatHarness().WithSampleCatalogue();

    public static TheoryData<string, string, string[]> Utterances => new()
    {
        { "what's planned for PATENTSCOPE?", "en-US", ["card: PATENTSCOPE"] },
        { "any news on patentscope", "en-US", ["card: PATENTSCOPE"] },
        { "PATENTSCOPE roadmap", "en-GB", ["card: PATENTSCOPE"] },
        { "patenscope plans", "en-US", ["card: PATENTSCOPE"] },
        { "what's coming in the Global Brand DB", "en-US", ["card: Global Brand Database"] },
        { "quoi de neuf pour PATENTSCOPE ?", "fr-FR", ["card: PATENTSCOPE"] },
        { "roadmap for PATENTSCOPE and ePCT", "en-US", ["card: PATENTSCOPE", "card: ePCT"] },
        { "what's planned for the Zorblax database?", "en-US", ["card: WIPO information products"] },
        { "what's new", "en-US", ["card: What's new"] },
        { "quoi de neuf", "fr-FR", ["card: Quoi de neuf"] },
        { "WIPO CASE roadmap", "en-US", ["card: WIPO CASE"] },
        { "my subscriptions", "en-US", ["card: My subscriptions"] },
        { "follow", "en-US", ["card: WIPO information products"] },
        { "follow PATENTSCOPE", "en-US", ["text: You now follow **PATENTSCOPE**: I'll tell you when its plans change."] },
        { "suivre PATENTSCOPE", "fr-CH", ["text: Vous suivez maintenant **PATENTSCOPE** : je vous préviendrai quand ses plans changent."] },
        { "unfollow PATENTSCOPE", "en-US", ["text: You were not following **PATENTSCOPE**."] },
        { "products", "es-ES", ["card: Productos de información de la OMPI"] },
        { "I want to nominate a PATENTSCOPE trainer", "en-US", ["card: You mentioned **PATENTSCOPE**. I can show its plans or keep you posted when they change."] },
        { "PATENTSCOPE is down again", "en-US", ["card: " + English.HelpHeading] },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public async Task AnswersWhatMembersType(string utterance, string locale, string[] expected)
    {
        var replies = await bot.SaysAsync(PlansChat.Person("m1", locale), utterance);

        Assert.Equal(expected, replies.Select(r => r.Describe()));
    }

    [Fact]
    public async Task PlansCardShowsUpcomingFirstThenRecentlyReleasedAndLeavesDroppedOut()
    {
        var card = Card(Assert.Single(await bot.SaysAsync(PlansChat.Person("m1"), "what's planned for PATENTSCOPE?")));

        var text = card.AllText();
        var inProgress = text.IndexOf("Chemical structure search refresh", StringComparison.Ordinal);
        var planned = text.IndexOf("Improved OCR for Chinese full texts", StringComparison.Ordinal);
        var released = text.IndexOf("RSS alerts for saved queries", StringComparison.Ordinal);
        Assert.True(text.IndexOf("Coming up", StringComparison.Ordinal) < inProgress);
        Assert.True(inProgress < planned, "in progress before planned");
        Assert.True(planned < text.IndexOf("Recently released", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Recently released", StringComparison.Ordinal) < released);
        Assert.DoesNotContain("Legacy simple-search page", text);
        Assert.Contains("Sample data", text);
        Assert.Contains(card.Buttons(), b => b.Title == "Follow" && b.Data[PlansVerbs.ProductKey] == "patentscope");
    }

    [Fact]
    public async Task PlansCardSpeaksTheMembersLanguage()
    {
        var card = Card(Assert.Single(await bot.SaysAsync(PlansChat.Person("m1", "de-DE"), "PATENTSCOPE Pläne")));

        var text = card.AllText();
        Assert.Contains("Demnächst", text);
        Assert.Contains("in Arbeit", text);
        Assert.Contains("Folgen", text);
    }

    [Fact]
    public async Task AProductWithoutPlansSaysSoAndSendsTheQuestionToStaffOnce()
    {
        var member = PlansChat.Person("m-asker");
        var card = Card(Assert.Single(await bot.SaysAsync(member, "what's planned for WIPO CASE?")));
        Assert.Contains("WIPO has not published plans for WIPO CASE yet.", card.AllText());
        var ask = Assert.Single(card.Buttons(), b => b.Data[Cards.Model.CardVerb.Key] == PlansVerbs.AskStaff);

        var first = await bot.PressesAsync(member, ask);
        var again = await bot.PressesAsync(member, ask);

        Assert.Equal("text: Thanks: I've passed your question about **WIPO CASE** to WIPO staff.", Assert.Single(first).Describe());
        Assert.Contains("already asked", Assert.Single(again).Describe());
        var question = Assert.Single(bot.Questions.Questions.Values);
        Assert.Equal(("wipo-case", member.Id), (question.ProductId, question.Asker));
    }

    [Fact]
    public async Task FollowingShowsInSubscriptionsAndOnThePlansCardUntilUnfollowed()
    {
        var member = PlansChat.Person("m-follower");
        await bot.SaysAsync(member, "follow PATENTSCOPE");
        await bot.SaysAsync(member, "follow the global brand db");

        var subscriptions = Card(Assert.Single(await bot.SaysAsync(member, "my subscriptions")));
        Assert.Contains("**PATENTSCOPE**", subscriptions.AllText());
        Assert.Contains("**Global Brand Database**", subscriptions.AllText());
        var plans = Card(Assert.Single(await bot.SaysAsync(member, "PATENTSCOPE")));
        var unfollow = Assert.Single(plans.Buttons(), b => b.Title == "Unfollow");

        var replies = await bot.PressesAsync(member, unfollow);

        Assert.Equal("text: You no longer follow **PATENTSCOPE**.", Assert.Single(replies).Describe());
        Assert.Equal(["global-brand-database"], await bot.Subscriptions.ProductsFollowedByAsync(member.Id, default));
    }

    [Fact]
    public async Task FollowingTwiceSaysSoAndKeepsOneSubscription()
    {
        var member = PlansChat.Person("m-twice");
        await bot.SaysAsync(member, "follow ePCT");

        var replies = await bot.SaysAsync(member, "follow ePCT");

        Assert.Equal("text: You already follow **ePCT**.", Assert.Single(replies).Describe());
        Assert.Single(await bot.Subscriptions.FollowersOfAsync("epct", default));
    }

    [Fact]
    public async Task WhatsNewListsRecentAdditionsAndStatusChangesNewestFirst()
    {
        var card = Card(Assert.Single(await bot.SaysAsync(PlansChat.Person("m1"), "what's new")));

        var text = card.AllText();
        var newest = PlansChat.SampleCatalogue.Plans.MaxBy(p => p.Updated)!;
        Assert.Contains(newest.Title, text);
        Assert.True(card.Body.Count - 1 <= PlansAnswers.WhatsNewCount);
    }

    [Fact]
    public async Task TheHelpCardsWhatsNewButtonWorks()
    {
        var member = PlansChat.Person("m1");
        var help = Card(Assert.Single(await bot.SaysAsync(member, "help")));
        var button = Assert.Single(help.Buttons(), b => b.Title == "What's new");

        var replies = await bot.PressesAsync(member, button);

        Assert.Equal("card: What's new", Assert.Single(replies).Describe());
    }

    [Fact]
    public async Task AButtonForAProductNoLongerKnownSaysSo()
    {
        var forged = Cards.Model.CardVerb.Button("Plans", PlansVerbs.Show, (PlansVerbs.ProductKey, "no-such-product"));

        var replies = await bot.PressesAsync(PlansChat.Person("m1"), forged);

        Assert.Contains("no longer know that product", Assert.Single(replies).Describe());
    }

    private static Cards.Model.AdaptiveCard Card(Reply reply) => Assert.IsType<CardReply>(reply).Card;

    public void Dispose() => bot.Dispose();
}
