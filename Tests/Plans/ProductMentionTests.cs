using CollabBot.Cards.Help;
using CollabBot.Cards.Model;
using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Plans;

/// <summary>A product named in a message that asks nothing the recogniser knows: the product card, not "I didn't understand".</summary>
public sealed class ProductMentionTests : IDisposable
{
    private readonly ChatHarness bot = new ChatHarness().WithSampleCatalogue();

    [Theory]
    [InlineData("the PATENTSCOPE courses", "en-US", "You mentioned **PATENTSCOPE**. I can show its plans or keep you posted when they change.", "See its plans", "Follow", "Ask about this product", "Help")]
    [InlineData("les cours PATENTSCOPE", "fr-FR", "Vous avez mentionné **PATENTSCOPE**. Je peux vous montrer ses plans ou vous prévenir quand ils changent.", "Voir ses plans", "Suivre", "Poser une question sur ce produit", "Aide")]
    [InlineData("los cursos de PATENTSCOPE", "es-ES", "Ha mencionado **PATENTSCOPE**. Puedo mostrarle sus planes o avisarle cuando cambien.", "Ver sus planes", "Seguir", "Preguntar sobre este producto", "Ayuda")]
    [InlineData("die PATENTSCOPE-Kurse", "de-DE", "Sie haben **PATENTSCOPE** erwähnt. Ich kann Ihnen die Pläne zeigen oder Bescheid sagen, wenn sie sich ändern.", "Pläne ansehen", "Folgen", "Eine Frage zu diesem Produkt stellen", "Hilfe")]
    public async Task AProductNamedWithoutAQuestionGetsItsCardInTheMembersLanguage(
        string utterance, string locale, string text, string seePlans, string follow, string ask, string help)
    {
        var card = Card(Assert.Single(await bot.SaysAsync(PlansChat.Person("m1", locale), utterance)));

        Assert.Equal(text, card.Heading());
        var buttons = card.Buttons().ToList();
        Assert.Equal([seePlans, follow, ask, help], buttons.Select(b => b.Title));
        Assert.Equal((PlansVerbs.Show, "patentscope"), (buttons[0].Data[CardVerb.Key], buttons[0].Data[PlansVerbs.ProductKey]));
        Assert.Equal((PlansVerbs.Follow, "patentscope"), (buttons[1].Data[CardVerb.Key], buttons[1].Data[PlansVerbs.ProductKey]));
        Assert.Equal((CardVerb.RunCommand, "question.ask", "PATENTSCOPE"),
            (buttons[2].Data[CardVerb.Key], buttons[2].Data[CardVerb.CommandKey], buttons[2].Data[CardVerb.ArgumentKey]));
        Assert.Equal((CardVerb.RunCommand, "help"), (buttons[3].Data[CardVerb.Key], buttons[3].Data[CardVerb.CommandKey]));
    }

    [Fact]
    public async Task ItsButtonsShowThePlansFollowAskAndHelp()
    {
        var member = PlansChat.Person("m-buttons");
        var buttons = Card(Assert.Single(await bot.SaysAsync(member, "the PATENTSCOPE courses"))).Buttons().ToList();

        var plans = await bot.PressesAsync(member, buttons[0]);
        var follow = await bot.PressesAsync(member, buttons[1]);
        var ask = await bot.PressesAsync(member, buttons[2]);
        var help = await bot.PressesAsync(member, buttons[3]);

        Assert.Equal("card: PATENTSCOPE", Assert.Single(plans).Describe());
        Assert.Equal("text: You now follow **PATENTSCOPE**: I'll tell you when its plans change.", Assert.Single(follow).Describe());
        Assert.Equal("text: No Round Table meeting is collecting questions now.", Assert.Single(ask).Describe());
        Assert.Equal("card: " + English.HelpHeading, Assert.Single(help).Describe());
    }

    [Fact]
    public async Task AFollowedProductOffersToUnfollow()
    {
        var member = PlansChat.Person("m-follows");
        await bot.SaysAsync(member, "follow ePCT");

        var card = Card(Assert.Single(await bot.SaysAsync(member, "the ePCT webinar")));

        Assert.Equal("You mentioned **ePCT**, which you follow. I can show its plans.", card.Heading());
        Assert.Contains(card.Buttons(), b => b.Data[CardVerb.Key] == PlansVerbs.Unfollow && b.Data[PlansVerbs.ProductKey] == "epct");
    }

    [Theory]
    [InlineData("PATENTSCOPE is down", "en-US")]
    [InlineData("I found a bug in WIPO Lex", "en-US")]
    [InlineData("PATENTSCOPE ne marche pas ce matin", "fr-FR")]
    [InlineData("no puedo iniciar sesión en ePCT", "es-ES")]
    public async Task AProblemReportGetsTheHelpCardNotPlans(string utterance, string locale)
    {
        var reply = Assert.Single(await bot.SaysAsync(PlansChat.Person("m1", locale), utterance));

        Assert.Equal("card: " + Texts.In<CollabBot.Dialogs.Help.HelpTexts>(locale[..2], "HelpHeading"), reply.Describe());
        Assert.DoesNotContain(Card(reply).Buttons(), b => b.Data.GetValueOrDefault(CardVerb.Key) is PlansVerbs.Show or PlansVerbs.Follow);
    }

    [Fact]
    public async Task AnAmbiguousWordAloneAmongOtherWordsIsNotAProduct()
    {
        var reply = Assert.Single(await bot.SaysAsync(PlansChat.Person("m1"), "the green button does nothing"));

        Assert.Equal("card: " + English.HelpHeading, reply.Describe());
    }

    private static AdaptiveCard Card(Reply reply) => Assert.IsType<CardReply>(reply).Card;

    public void Dispose() => bot.Dispose();
}
