using CollabBot.Cards.Help;
using CollabBot.Cards.Model;
using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Plans;

/// <summary>A product named in a message that asks nothing the recogniser knows: the product card, not "I didn't understand".</summary>
public sealed class ProductMentionTests : IDisposable
{
    private readonly PlansHarness bot = new();

    [Theory]
    [InlineData("the PATENTSCOPE courses", "en-US", "You mentioned **PATENTSCOPE**. I can show its plans or keep you posted when they change.", "See its plans", "Follow", "Help")]
    [InlineData("les cours PATENTSCOPE", "fr-FR", "Vous avez mentionné **PATENTSCOPE**. Je peux vous montrer ses plans ou vous prévenir quand ils changent.", "Voir ses plans", "Suivre", "Aide")]
    [InlineData("los cursos de PATENTSCOPE", "es-ES", "Ha mencionado **PATENTSCOPE**. Puedo mostrarle sus planes o avisarle cuando cambien.", "Ver sus planes", "Seguir", "Ayuda")]
    [InlineData("die PATENTSCOPE-Kurse", "de-DE", "Sie haben **PATENTSCOPE** erwähnt. Ich kann Ihnen die Pläne zeigen oder Bescheid sagen, wenn sie sich ändern.", "Pläne ansehen", "Folgen", "Hilfe")]
    public async Task AProductNamedWithoutAQuestionGetsItsCardInTheMembersLanguage(
        string utterance, string locale, string text, string seePlans, string follow, string help)
    {
        var card = Card(Assert.Single(await bot.SaysAsync(PlansHarness.Person("m1", locale), utterance)));

        Assert.Equal(text, PlansHarness.Heading(card));
        var buttons = PlansHarness.Buttons(card).ToList();
        Assert.Equal([seePlans, follow, help], buttons.Select(b => b.Title));
        Assert.Equal((PlansVerbs.Show, "patentscope"), (buttons[0].Data[CardVerb.Key], buttons[0].Data[PlansVerbs.ProductKey]));
        Assert.Equal((PlansVerbs.Follow, "patentscope"), (buttons[1].Data[CardVerb.Key], buttons[1].Data[PlansVerbs.ProductKey]));
        Assert.Equal((CardVerb.RunCommand, "help"), (buttons[2].Data[CardVerb.Key], buttons[2].Data[CardVerb.CommandKey]));
    }

    [Fact]
    public async Task ItsButtonsShowThePlansFollowAndHelp()
    {
        var member = PlansHarness.Person("m-buttons");
        var buttons = PlansHarness.Buttons(Card(Assert.Single(await bot.SaysAsync(member, "the PATENTSCOPE courses")))).ToList();

        var plans = await bot.PressesAsync(member, buttons[0]);
        var follow = await bot.PressesAsync(member, buttons[1]);
        var help = await bot.PressesAsync(member, buttons[2]);

        Assert.Equal("card: PATENTSCOPE", PlansHarness.Describe(Assert.Single(plans)));
        Assert.Equal("text: You now follow **PATENTSCOPE**: I'll tell you when its plans change.", PlansHarness.Describe(Assert.Single(follow)));
        Assert.Equal("card: " + English.HelpHeading, PlansHarness.Describe(Assert.Single(help)));
    }

    [Fact]
    public async Task AFollowedProductOffersToUnfollow()
    {
        var member = PlansHarness.Person("m-follows");
        await bot.SaysAsync(member, "follow ePCT");

        var card = Card(Assert.Single(await bot.SaysAsync(member, "the ePCT webinar")));

        Assert.Equal("You mentioned **ePCT**, which you follow. I can show its plans.", PlansHarness.Heading(card));
        Assert.Contains(PlansHarness.Buttons(card), b => b.Data[CardVerb.Key] == PlansVerbs.Unfollow && b.Data[PlansVerbs.ProductKey] == "epct");
    }

    [Theory]
    [InlineData("PATENTSCOPE is down", "en-US")]
    [InlineData("I found a bug in WIPO Lex", "en-US")]
    [InlineData("PATENTSCOPE ne marche pas ce matin", "fr-FR")]
    [InlineData("no puedo iniciar sesión en ePCT", "es-ES")]
    public async Task AProblemReportGetsTheHelpCardNotPlans(string utterance, string locale)
    {
        var reply = Assert.Single(await bot.SaysAsync(PlansHarness.Person("m1", locale), utterance));

        Assert.Equal("card: " + Texts.In<CollabBot.Dialogs.Help.HelpTexts>(locale[..2], "HelpHeading"), PlansHarness.Describe(reply));
        Assert.DoesNotContain(PlansHarness.Buttons(Card(reply)), b => b.Data.GetValueOrDefault(CardVerb.Key) is PlansVerbs.Show or PlansVerbs.Follow);
    }

    [Fact]
    public async Task AnAmbiguousWordAloneAmongOtherWordsIsNotAProduct()
    {
        var reply = Assert.Single(await bot.SaysAsync(PlansHarness.Person("m1"), "the green button does nothing"));

        Assert.Equal("card: " + English.HelpHeading, PlansHarness.Describe(reply));
    }

    private static AdaptiveCard Card(Reply reply) => Assert.IsType<CardReply>(reply).Card;

    public void Dispose() => bot.Dispose();
}
