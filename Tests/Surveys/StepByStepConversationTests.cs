using CollabBot.Cards.Forms;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>
/// The step-by-step path as conversation tables: each line is what the member does and what they must see.
/// "[start]" presses Start on the invitation; "[days]" lets three days pass; "[lost]" loses the conversation
/// state (answers stay stored); "(none)" expects no reply; "!text" expects text to be absent.
/// </summary>
public sealed class StepByStepConversationTests
{
    public static TheoryData<string, string[]> Scripts => new()
    {
        { "AnswersEveryQuestionInTurn", [
            "[start] => Five quick questions|question 1 of 5",
            "2 => question 2 of 5",
            "4 => question 3 of 5",
            "Better exports, please. => question 4 of 5",
            "12 => question 5 of 5",
            "yes => " + English.Recorded,
        ] },
        { "AcceptsChoiceTextsAndSynonyms", [
            "[start] => question 1 of 5",
            "wipo inspire => question 2 of 5",
            "5 => question 3 of 5",
            "skip => question 4 of 5",
            "1,5 => question 5 of 5",
            "oui => WIPO Inspire|1.5|Yes|!PATENTSCOPE",
        ] },
        { "RePromptsHelpfullyWhenAnAnswerDoesNotFit", [
            "[start] => question 1 of 5",
            "7 => type the number of your choice (1-3)",
            "PATENTSCOPE => question 2 of 5",
            "seven => Rate from 1 (poor) to 5",
            "9 => Rate from 1 (poor) to 5",
            "3 => question 3 of 5",
            "Nothing. => question 4 of 5",
            "lots => Type a number from 0 to 1000",
            "1,500 => 1500 is out of range",
            "5000 => out of range",
            "40 => question 5 of 5",
            "perhaps => Press Yes or No",
        ] },
        { "GoesBackAndShowsTheEarlierAnswer", [
            "[start] => question 1 of 5",
            "Global Brand Database => question 2 of 5",
            "back => question 1 of 5",
            "back => question 1 of 5",
            "1 => question 2 of 5",
            "back => Your answer so far: PATENTSCOPE",
        ] },
        { "SkipsOnlyOptionalQuestions", [
            "[start] => question 1 of 5",
            "skip => needs an answer, so it can't be skipped",
            "3 => question 2 of 5",
            "2 => question 3 of 5",
            "skip => question 4 of 5",
            "skip => question 5 of 5",
            "no => " + English.Recorded,
        ] },
        { "CancelStopsAndKeepsTheAnswers", [
            "[start] => question 1 of 5",
            "1 => question 2 of 5",
            "cancel => I've stopped \"User feedback\". The answers you gave are kept. You'll find it under **my surveys**",
            "4 => Sorry, I didn't",
            "my surveys => 1 of 5 answered",
        ] },
        { "ACommandInterruptsAChoiceQuestionAndOffersToContinue", [
            "[start] => question 1 of 5",
            "1 => question 2 of 5",
            "my profile => Your profile|Continue \"User feedback\"? You were at question 2 of 5",
            "4 => Sorry, I didn't",
            "continue => question 2 of 5",
            "4 => question 3 of 5",
        ] },
        { "OnAFreeTextQuestionACommandIsAnAnswer", [
            "[start] => question 1 of 5",
            "1 => question 2 of 5",
            "5 => question 3 of 5",
            "my profile => question 4 of 5|!Your profile",
        ] },
        { "HelpExplainsTheFormAndAsksAgain", [
            "[start] => question 1 of 5",
            "help => You're answering \"User feedback\", question 1 of 5|**back**|Which product do you use most?",
        ] },
        { "LaterKeepsThePlaceWhileTheMemberDoesOtherThings", [
            "[start] => question 1 of 5",
            "2 => question 2 of 5",
            "later => keep your place at question 2 of 5",
            "my profile => Your profile|!Continue \"User feedback\"",
            "[days] => (none)",
            "continue => question 2 of 5",
            "5 => question 3 of 5",
        ] },
        { "ResumesDaysLaterAtTheSameQuestion", [
            "[start] => question 1 of 5",
            "3 => question 2 of 5",
            "[days] => (none)",
            "2 => question 3 of 5",
        ] },
        { "ResumesFromTheStoredAnswersWhenTheStateIsLost", [
            "[start] => question 1 of 5",
            "3 => question 2 of 5",
            "2 => question 3 of 5",
            "[lost] => (none)",
            "[start] => question 3 of 5",
        ] },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Conversation(string name, string[] script)
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();
        var line = 0;
        foreach (var step in script)
        {
            line++;
            var (utterance, expected) = (step.Split(" => ", 2)[0], step.Split(" => ", 2)[1]);
            var replies = utterance switch
            {
                "[start]" => await chat.PressesFormAsync(Ada, FormVerbs.Start),
                "[days]" => Advance(chat),
                "[lost]" => Lose(chat),
                _ => await chat.SaysAsync(Ada, utterance),
            };
            var shown = replies.Shown();
            foreach (var part in expected.Split('|'))
            {
                if (part == "(none)")
                {
                    Assert.True(replies.Count == 0, $"{name}, line {line} ({utterance}): expected no reply, got:\n{shown}");
                }
                else if (part.StartsWith('!'))
                {
                    Assert.False(shown.Contains(part[1..], StringComparison.Ordinal), $"{name}, line {line} ({utterance}): did not expect \"{part[1..]}\" in:\n{shown}");
                }
                else
                {
                    Assert.True(shown.Contains(part, StringComparison.Ordinal), $"{name}, line {line} ({utterance}): expected \"{part}\" in:\n{shown}");
                }
            }
        }
    }

    private static IReadOnlyList<Dialogs.Conversation.Reply> Advance(ChatHarness chat)
    {
        chat.Clock.Advance(TimeSpan.FromDays(3));
        return [];
    }

    private static IReadOnlyList<Dialogs.Conversation.Reply> Lose(ChatHarness chat)
    {
        chat.LoseState(Ada);
        return [];
    }
}
