using CollabBot.Cards.Model;
using CollabBot.Cards.Preferences;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Preferences;

/// <summary>"my preferences": the card shows what the member chose, saving it keeps their choices, and a bad card changes nothing.</summary>
public sealed class PreferencesTests : IDisposable
{
    private readonly ChatHarness chat = new();
    private readonly Member ada = TestMembers.Member("ada");

    public PreferencesTests() => chat.Members.Add(ada);

    [Fact]
    public async Task TheCardShowsTheCurrentChoices()
    {
        await chat.Members.UpdateAsync(ada.Id, r => r with { Declined = [MessageTopic.SurveyReminders], Language = "de" }, default);

        var card = Card(Assert.Single(await chat.SaysAsync(ada, "my preferences")));

        Assert.Equal("Your preferences", card.Heading());
        Assert.Equal(["Newsletters: true", "News of the products you follow: true", "Survey reminders: false"],
            card.Body.OfType<ToggleInput>().Select(t => $"{t.Title}: {t.Value}"));
        Assert.Contains("Answers to what you asked, consent requests and decisions always reach you.", card.AllText(), StringComparison.Ordinal);
        Assert.Equal("de", Language(card).Value);
        Assert.Equal(["My Teams language", "English", "Français", "Español", "Deutsch"], Language(card).Choices.Select(c => c.Title));
    }

    [Fact]
    public async Task SomeoneWhoNeverChoseWantsEverythingInTheirTeamsLanguage()
    {
        var card = Card(Assert.Single(await chat.SaysAsync(ada, "préférences")));

        Assert.All(card.Body.OfType<ToggleInput>(), t => Assert.Equal(PreferencesCard.Wanted, t.Value));
        Assert.Equal(PreferencesCard.AutomaticLanguage, Language(card).Value);
    }

    [Fact]
    public async Task SavingDeclinesATopicAndKeepsIt()
    {
        var reply = Assert.Single(await chat.SavesPreferencesAsync(ada, PreferencesCard.AutomaticLanguage, MessageTopic.ProductNews)).Shown();
        var card = Card(Assert.Single(await chat.SaysAsync(ada, "my preferences")));

        Assert.Equal("Saved: I'll send you newsletters and survey reminders.", reply);
        var record = (await chat.Members.FindAsync(ada.Id, default))!;
        Assert.Equal([MessageTopic.ProductNews], record.Declined);
        Assert.False(record.Wants(MessageTopic.ProductNews));
        Assert.True(record.Wants(MessageTopic.None));
        Assert.Null(record.Language);
        Assert.Equal([true, false, true], card.Body.OfType<ToggleInput>().Select(t => t.Value == PreferencesCard.Wanted));
    }

    [Fact]
    public async Task DecliningEverythingSaysWhatStillComes()
    {
        var reply = await chat.SavesPreferencesAsync(ada, PreferencesCard.AutomaticLanguage, [.. MessageTopics.Optional]);

        Assert.Equal("Saved: I'll send you only answers to what you asked, consent requests and decisions.", Assert.Single(reply).Shown());
        Assert.Equal(MessageTopics.Optional, (await chat.Members.FindAsync(ada.Id, default))!.Declined);
    }

    [Fact]
    public async Task ANewLanguageIsSpokenInTheReplyAndWantingEverythingAgainClearsTheDeclined()
    {
        await chat.SavesPreferencesAsync(ada, "en", MessageTopic.Newsletters, MessageTopic.SurveyReminders);

        var french = Assert.Single(await chat.SavesPreferencesAsync(ada, "fr", MessageTopic.Newsletters)).Shown();
        var again = Assert.Single(await chat.SavesPreferencesAsync(ada, "fr")).Shown();

        Assert.Equal("Désormais, je vous parlerai en français. C'est enregistré : je vous enverrai les nouvelles des produits que vous suivez " +
            "et les rappels d'enquête.", french);
        Assert.Equal("C'est enregistré : je vous enverrai les lettres d'information, les nouvelles des produits que vous suivez et les rappels " +
            "d'enquête.", again);
        var record = (await chat.Members.FindAsync(ada.Id, default))!;
        Assert.Equal(("fr", 0), (record.Language, record.Declined.Count));
    }

    public static TheoryData<string, string?> BadValues => new()
    {
        { PreferencesCard.TopicInput("Newsletters"), null },
        { PreferencesCard.TopicInput("SurveyReminders"), null },
        { PreferencesCard.LanguageInput, null },
        { PreferencesCard.TopicInput("ProductNews"), "yes" },
        { PreferencesCard.TopicInput("ProductNews"), "" },
        { PreferencesCard.TopicInput("Newsletters"), "TRUE" },
        { PreferencesCard.LanguageInput, "klingon" },
        { PreferencesCard.LanguageInput, "" },
        { PreferencesCard.LanguageInput, "<script>" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task AChoiceMissingOrNotTheCardsOwnChangesNothing(string key, string? value)
    {
        await chat.Members.UpdateAsync(ada.Id, r => r with { Declined = [MessageTopic.SurveyReminders], Language = "de" }, default);
        var before = await chat.Members.FindAsync(ada.Id, default);
        var values = PreferencesChat.Saved("en", MessageTopic.ProductNews);
        if (value is null)
        {
            values.Remove(key);
        }
        else
        {
            values[key] = value;
        }

        var reply = Assert.Single(await chat.PressesWithAsync(ada, values)).Shown();

        Assert.Equal("Some of that card's choices did not reach me, so nothing changed. Type **my preferences** to open it again.", reply);
        Assert.Equal(before, await chat.Members.FindAsync(ada.Id, default));
    }

    [Fact]
    public async Task AnEmptyPressChangesNothing()
    {
        var reply = await chat.PressesWithAsync(ada, new JObject());

        Assert.StartsWith("Some of that card's choices did not reach me", Assert.Single(reply).Shown(), StringComparison.Ordinal);
        Assert.Empty((await chat.Members.FindAsync(ada.Id, default))!.Declined);
    }

    [Fact]
    public async Task SomeoneTheBotDoesNotKnowIsToldToSayHelloFirst()
    {
        var reply = await chat.SavesPreferencesAsync(TestMembers.Member("stranger"), "en", MessageTopic.Newsletters);

        Assert.Equal("I don't know you yet: say **hello** first, then try again.", Assert.Single(reply).Shown());
        Assert.Null(await chat.Members.FindAsync(TestMembers.Member("stranger").Id, default));
    }

    [Fact]
    public async Task StaffHaveTheirPreferencesToo()
    {
        var sam = TestMembers.Staff();
        chat.Members.Add(sam);

        await chat.SavesPreferencesAsync(sam, "en", MessageTopic.Newsletters);

        Assert.Equal([MessageTopic.Newsletters], (await chat.Members.FindAsync(sam.Id, default))!.Declined);
    }

    [Fact]
    public async Task TheProfileNoLongerHoldsTheLanguageAndOffersThePreferences()
    {
        var card = Card(Assert.Single(await chat.SaysAsync(ada, "my profile")));

        Assert.DoesNotContain(card.Body.OfType<ChoiceSetInput>(), c => c.Id == PreferencesCard.LanguageInput);
        var button = card.Buttons().Single(b => b.Title == "My preferences");
        Assert.Equal("card: Your preferences", Assert.Single(await chat.PressesAsync(ada, button)).Describe());
    }

    private static AdaptiveCard Card(Reply reply) => Assert.IsType<CardReply>(reply).Card;

    private static ChoiceSetInput Language(AdaptiveCard card) =>
        card.Body.OfType<ChoiceSetInput>().Single(c => c.Id == PreferencesCard.LanguageInput);

    public void Dispose() => chat.Dispose();
}
