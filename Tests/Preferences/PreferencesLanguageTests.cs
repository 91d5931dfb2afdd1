using CollabBot.Cards.Members;
using CollabBot.Cards.Preferences;
using CollabBot.Tests.Support;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Preferences;

/// <summary>
/// The language chosen on the preferences, through the handler and the middleware that resolve the sender each turn
/// (as the host does): it applies from the reply to the save on, whatever the Teams locale, until "my Teams
/// language" gives the choice back to Teams.
/// </summary>
public sealed class PreferencesLanguageTests : IDisposable
{
    private readonly ChatHarness harness = new();
    private string teamsLocale = "en-US";

    [Fact]
    public async Task ChoosingDeutschMakesTheNextRepliesGermanAndAutomaticGoesBackToTeams()
    {
        await Flow("en-US")
            .Send("my preferences").AssertReply(a => Assert.Contains("Your preferences", Shown(a), StringComparison.Ordinal))
            .Send(Save("de")).AssertReply(a => Assert.Equal(
                "Ab jetzt spreche ich Deutsch mit Ihnen. Gespeichert: Ich sende Ihnen Newsletter, Neuigkeiten zu Ihren Produkten und " +
                "Erinnerungen an Umfragen.", Shown(a)))
            .Send("help").AssertReply(a => Assert.Contains("CollabBot-Hilfe", Shown(a), StringComparison.Ordinal))
            .Send("meine Einstellungen").AssertReply(a =>
            {
                Assert.Contains("Ihre Einstellungen", Shown(a), StringComparison.Ordinal);
                Assert.Equal("de", LanguageChoice(a));
            })
            .Send(Save(PreferencesCard.AutomaticLanguage)).AssertReply(a => Assert.Equal(
                "From now on I'll speak the language of your Teams. Saved: I'll send you newsletters, news of the products you follow " +
                "and survey reminders.", Shown(a)))
            .Send("help").AssertReply(a => Assert.Contains("CollabBot help", Shown(a), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task AutomaticFollowsAFrenchTeams()
    {
        await Flow("fr-FR")
            .Send(Save("en")).AssertReply(a => Assert.StartsWith("From now on I'll speak English with you.", Shown(a), StringComparison.Ordinal))
            .Send(Save(PreferencesCard.AutomaticLanguage)).AssertReply(a =>
                Assert.StartsWith("Désormais, je vous parlerai dans la langue de votre Teams. C'est enregistré", Shown(a), StringComparison.Ordinal))
            .Send("mes préférences").AssertReply(a => Assert.Equal(PreferencesCard.AutomaticLanguage, LanguageChoice(a)))
            .StartTestAsync();
    }

    [Fact]
    public async Task ALanguageIsSavedOnTheMembersRecordWithoutTouchingTheirUserGroup()
    {
        await Flow("en-US")
            .Send(Pressed(new JObject { ["verb"] = ProfileCard.SaveVerb, [ProfileCard.GroupInput] = "PIUG" }))
            .AssertReply(a => Assert.StartsWith("Thanks. WIPO staff will confirm", Shown(a), StringComparison.Ordinal))
            .Send(Save("es")).AssertReply(a => Assert.StartsWith("A partir de ahora le hablaré en español.", Shown(a), StringComparison.Ordinal))
            .StartTestAsync();

        var record = Assert.Single(await harness.Members.ListAsync([], default));
        Assert.Equal(("es", "PIUG"), (record.Language, record.RequestedUserGroup));
    }

    [Fact]
    public async Task AnUnknownLanguageChangesNothing()
    {
        await Flow("en-US")
            .Send(Save("xx")).AssertReply(a => Assert.StartsWith("Some of that card's choices did not reach me", Shown(a), StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Null(Assert.Single(await harness.Members.ListAsync([], default)).Language);
    }

    [Fact]
    public async Task TheWelcomeIsInTheMembersLanguage()
    {
        var joined = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("user1", "Chloé Martin")],
            From = new ChannelAccount("user1", "Chloé Martin"),
            Locale = "fr-FR",
        };

        await Flow("fr-FR").Send(joined).AssertReply(a =>
        {
            Assert.Contains("Bienvenue dans CollabBot", Shown(a), StringComparison.Ordinal);
            Assert.Contains("Bonjour Chloé !", Shown(a), StringComparison.Ordinal);
        }).StartTestAsync();
    }

    private TestFlow Flow(string locale)
    {
        teamsLocale = locale;
        return harness.Flow(locale);
    }

    /// <summary>The card as Teams sends it: every kind of message wanted, and this language.</summary>
    private Activity Save(string language) => Pressed(PreferencesChat.Saved(language));

    private Activity Pressed(JObject value) => new(ActivityTypes.Message) { Value = value, Locale = teamsLocale };

    private static JObject Card(IActivity activity) => (JObject)((IMessageActivity)activity).Attachments[0].Content;

    private static string Shown(IActivity activity) => activity is IMessageActivity { Attachments.Count: > 0 }
        ? string.Join("\n", Card(activity).Descendants().OfType<JProperty>().Where(p => p.Name is "text" or "title" or "label")
            .Select(p => p.Value.ToString()))
        : ((IMessageActivity)activity).Text ?? "";

    private static string? LanguageChoice(IActivity activity) =>
        Card(activity).Descendants().OfType<JObject>().Single(o => o["id"]?.Value<string>() == PreferencesCard.LanguageInput)["value"]?.Value<string>();

    public void Dispose() => harness.Dispose();
}
