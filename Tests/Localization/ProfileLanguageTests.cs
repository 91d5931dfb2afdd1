using CollabBot.Cards.Members;
using CollabBot.Tests.Support;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Localization;

/// <summary>
/// The language chosen on the profile, through the handler and the middleware that resolve the sender each turn
/// (as the host does): it applies from the reply to the save on, whatever the Teams locale, until "my Teams
/// language" gives the choice back to Teams.
/// </summary>
public sealed class ProfileLanguageTests : IDisposable
{
    private readonly ChatHarness harness = new();
    private string teamsLocale = "en-US";

    [Fact]
    public async Task ChoosingDeutschMakesTheNextRepliesGermanAndAutomaticGoesBackToTeams()
    {
        await Flow("en-US")
            .Send("profile").AssertReply(a => Assert.Contains("Your profile", Shown(a), StringComparison.Ordinal))
            .Send(Save("PIUG", "de")).AssertReply(a => Assert.Equal(
                "Ab jetzt spreche ich Deutsch mit Ihnen. Danke. Das Personal der WIPO wird Ihre Zugehörigkeit zu **PIUG** bestätigen; " +
                "ich sage Ihnen Bescheid, sobald das geschehen ist.", Shown(a)))
            .Send("help").AssertReply(a => Assert.Contains("CollabBot-Hilfe", Shown(a), StringComparison.Ordinal))
            .Send("profile").AssertReply(a =>
            {
                Assert.Contains("Ihr Profil", Shown(a), StringComparison.Ordinal);
                Assert.Equal("de", LanguageChoice(a));
            })
            .Send(Save("PIUG", ProfileCard.AutomaticLanguage)).AssertReply(a =>
                Assert.Equal("From now on I'll speak the language of your Teams.", Shown(a)))
            .Send("help").AssertReply(a => Assert.Contains("CollabBot help", Shown(a), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task AutomaticFollowsAFrenchTeams()
    {
        await Flow("fr-FR")
            .Send(Save("PIUG", "en")).AssertReply(a => Assert.StartsWith("From now on I'll speak English with you.", Shown(a), StringComparison.Ordinal))
            .Send(Save("PIUG", ProfileCard.AutomaticLanguage)).AssertReply(a =>
                Assert.Equal("Désormais, je vous parlerai dans la langue de votre Teams.", Shown(a)))
            .Send("profile").AssertReply(a => Assert.Equal(ProfileCard.AutomaticLanguage, LanguageChoice(a)))
            .StartTestAsync();
    }

    [Fact]
    public async Task ALanguageIsSavedWithoutAUserGroupAndTheGroupIsKept()
    {
        await Flow("en-US")
            .Send(Save(null, "es")).AssertReply(a => Assert.Equal("A partir de ahora le hablaré en español.", Shown(a)))
            .StartTestAsync();

        var record = Assert.Single(await harness.Members.ListAsync([], default));
        Assert.Equal("es", record.Language);
        Assert.Null(record.RequestedUserGroup);
    }

    [Fact]
    public async Task AnUnknownLanguageChangesNothing()
    {
        await Flow("en-US")
            .Send(Save("PIUG", "xx")).AssertReply(a => Assert.StartsWith("Thanks. WIPO staff will confirm", Shown(a), StringComparison.Ordinal))
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

    private Activity Save(string? group, string language)
    {
        var data = new JObject { ["verb"] = ProfileCard.SaveVerb, [ProfileCard.LanguageInput] = language };
        if (group is not null)
        {
            data[ProfileCard.GroupInput] = group;
        }
        return new Activity(ActivityTypes.Message) { Value = data, Locale = teamsLocale };
    }

    private static JObject Card(IActivity activity) => (JObject)((IMessageActivity)activity).Attachments[0].Content;

    private static string Shown(IActivity activity) => activity is IMessageActivity { Attachments.Count: > 0 }
        ? string.Join("\n", Card(activity).Descendants().OfType<JProperty>().Where(p => p.Name is "text" or "title" or "label")
            .Select(p => p.Value.ToString()))
        : ((IMessageActivity)activity).Text ?? "";

    private static string? LanguageChoice(IActivity activity) =>
        Card(activity).Descendants().OfType<JObject>().Single(o => o["id"]?.Value<string>() == ProfileCard.LanguageInput)["value"]?.Value<string>();

    public void Dispose() => harness.Dispose();
}
