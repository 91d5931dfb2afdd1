using System.Text.RegularExpressions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Localization;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Preferences;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Localization;

/// <summary>What the texts tell members to type works, in every language: it is a command's phrasing or a control word.</summary>
public sealed partial class TypedWordsTests : IDisposable
{
    private readonly ChatHarness harness = new();

    public static TheoryData<string> Languages => [.. MemberCulture.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryListedCommandIsDescribedAndItsTypeHintRunsIt(string language)
    {
        var table = harness.Get<CommandTable>();
        using (MemberCulture.Use(language))
        {
            foreach (var info in table.AvailableTo(TestMembers.Staff()))
            {
                Assert.False(string.IsNullOrWhiteSpace(info.Help!.Title), info.Name);
                Assert.False(string.IsNullOrWhiteSpace(info.Help.Description), info.Name);
                Assert.True(table.Match(info.Help.Typed)?.Command.Info.Name == info.Name, $"{language}: \"{info.Help.Typed}\" does not run {info.Name}");
            }
        }
    }

    [Theory]
    [InlineData("EmptyMessage", "help")]
    [InlineData("ButtonNoLongerInUse", "help")]
    public void TheEngineNamesCommandsThatRun(string key, string command) => AssertCommands<ConversationTexts>(key, command);

    [Theory]
    [InlineData("WelcomeFooter", "help")]
    public void TheWelcomeNamesCommandsThatRun(string key, string command) => AssertCommands<HelpTexts>(key, command);

    [Theory]
    [InlineData("ButtonIncomplete", "help")]
    public void TheFormEngineNamesCommandsThatRun(string key, string command) => AssertCommands<FormTexts>(key, command);

    [Theory]
    [InlineData("GroupRejectedNotice", "profile")]
    public void MemberTextsNameCommandsThatRun(string key, string command) => AssertCommands<MemberTexts>(key, command);

    [Theory]
    [InlineData("CardIncomplete", "preferences")]
    public void PreferencesTextsNameCommandsThatRun(string key, string command) => AssertCommands<PreferencesTexts>(key, command);

    [Theory]
    [InlineData("FindAgain", "survey.mine")]
    public void SurveyTextsNameCommandsThatRun(string key, string command) => AssertCommands<SurveyTexts>(key, command);

    [Theory]
    [InlineData("ProductGone", "plans.products")]
    public void PlansTextsNameCommandsThatRun(string key, string command) => AssertCommands<PlansTexts>(key, command);

    [Theory]
    [InlineData("ControlWords")]
    [InlineData("ControlWordsWithSkip")]
    [InlineData("PlaceKept")]
    [InlineData("ContinueHint")]
    public void TheFormEngineNamesControlWordsItKnows(string key)
    {
        foreach (var language in MemberCulture.Languages)
        {
            var words = Bold(Texts.In<FormTexts>(language, key));
            Assert.NotEmpty(words);
            Assert.All(words, word => Assert.True(ControlWords.Of(word) != ControlWord.None, $"{language}, {key}: \"{word}\" is no control word"));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task TheHelpCardsExampleQuestionIsAnswered(string language)
    {
        harness.WithSampleCatalogue();
        var intro = Texts.In<HelpTexts>(language, "HelpIntro");
        var example = Quoted().Match(intro).Groups["q"].Value;

        var replies = await harness.SaysAsync(PlansChat.Person("m1", language), example);

        Assert.True(replies.Select(r => r.Describe()).SequenceEqual(["card: PATENTSCOPE"]), $"{language}: \"{example}\" got {string.Join(", ", replies.Select(r => r.Describe()))}");
    }

    private void AssertCommands<T>(string key, string command)
    {
        var table = harness.Get<CommandTable>();
        foreach (var language in MemberCulture.Languages)
        {
            var words = Bold(Texts.In<T>(language, key));
            Assert.NotEmpty(words);
            Assert.All(words, word => Assert.True(table.Match(word)?.Command.Info.Name == command, $"{language}, {key}: \"{word}\" does not run {command}"));
        }
    }

    // Bold placeholders ("**{0}**": a user group, a product) are names, not words to type.
    private static string[] Bold(string text) =>
        [.. BoldPart().Matches(text).Select(m => m.Groups[1].Value).Where(word => !word.StartsWith('{'))];

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex BoldPart();

    [GeneratedRegex("[\"«„](?<q>[^\"»“]+)[\"»“]")]
    private static partial Regex Quoted();

    public void Dispose() => harness.Dispose();
}
