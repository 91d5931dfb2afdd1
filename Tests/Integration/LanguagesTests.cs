using CollabBot.Cards.Preferences;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Tests.Preferences;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>The real host speaks each member's language: their Teams locale, or the one chosen on their preferences.</summary>
public sealed class LanguagesTests(Azurite azurite) : IntegrationTest(azurite)
{
    [Fact]
    public async Task AFrenchTeamsMemberIsWelcomedAndHelpedInFrench()
    {
        var chloe = Host.User("m-chloe", "Chloé Martin");
        chloe.Locale = "fr-FR";

        var welcome = Assert.Single(await chloe.Installs()).CardText;
        var help = Assert.Single(await chloe.Says("aide")).CardText;

        Assert.Contains("Bienvenue dans CollabBot", welcome, StringComparison.Ordinal);
        Assert.Contains("Bonjour Chloé !", welcome, StringComparison.Ordinal);
        Assert.Contains("Aide de CollabBot", help, StringComparison.Ordinal);
        Assert.Contains("Mes enquêtes", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLanguageChosenOnThePreferencesOutranksTeamsUntilItIsSetBackToAutomatic()
    {
        var jonas = Host.User("m-jonas", "Jonas Weber");
        await jonas.Says("hello");

        var saved = Assert.Single(await jonas.Presses(Save("de"))).Text;
        var help = Assert.Single(await jonas.Says("help")).CardText;
        var record = await Host.Services.GetRequiredService<IMemberStore>().FindAsync(new MemberId(BotHost.Tenant, "m-jonas"), default);
        var automatic = Assert.Single(await jonas.Presses(Save(PreferencesCard.AutomaticLanguage))).Text;
        var english = Assert.Single(await jonas.Says("help")).CardText;

        Assert.StartsWith("Ab jetzt spreche ich Deutsch mit Ihnen.", saved, StringComparison.Ordinal);
        Assert.Contains("CollabBot-Hilfe", help, StringComparison.Ordinal);
        Assert.Equal(("de", "en-US"), (record!.Language, record.Locale));
        Assert.StartsWith("From now on I'll speak the language of your Teams.", automatic, StringComparison.Ordinal);
        Assert.Contains(English.HelpHeading, english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrganisationNotAllowedIsTurnedAwayInItsLanguage()
    {
        var outsider = Host.User("m-outsider", tenant: "99999999-9999-9999-9999-999999999999");
        outsider.Locale = "es-ES";

        var replies = await outsider.Says("ayuda");

        Assert.Equal("CollabBot aún no está disponible para su organización. Pida a su contacto en la OMPI que lo añada.", Assert.Single(replies).Text);
    }

    private static JObject Save(string language) => PreferencesChat.Saved(language);
}
