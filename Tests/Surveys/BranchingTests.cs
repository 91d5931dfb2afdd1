using CollabBot.Bot.Surveys;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.Options;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>
/// Branching in both answer paths (see <see cref="BranchedSurvey"/>). Step by step as conversation tables, like
/// <see cref="StepByStepConversationTests"/>: "[start]" presses Start; "[press field=value]" presses an answer on an
/// earlier question's card; "!text" expects text to be absent. "Question n of m": m counts the questions asked or
/// still possible, so it shrinks when a branch is not taken.
/// </summary>
public sealed class BranchingTests
{
    public static TheoryData<string, string[]> Scripts => new()
    {
        { "TheBranchIsTakenWhenTheAnswerMatches", [
            "[start] => question 1 of 6|Which products do you use?",
            "PATENTSCOPE, WIPO Lex => question 2 of 6|How often do you use PATENTSCOPE?",
            "1 => question 3 of 6|One wish for PATENTSCOPE?",
            "Better search => question 4 of 6|How satisfied",
            "5 => question 5 of 6",
            "yes => question 6 of 6|Your e-mail address?",
            "ada@example.org => " + English.Recorded + "|Daily|Better search|ada@example.org",
        ] },
        { "TheBranchIsSkippedWhenItDoesNot", [
            "[start] => question 1 of 6",
            "WIPO Lex => question 2 of 4|How satisfied|!PATENTSCOPE?",
            "4 => question 3 of 4",
            "no => " + English.Recorded + "|!How often do you use PATENTSCOPE?|!One wish|!Your e-mail",
        ] },
        { "ABranchInsideABranchIsSkippedToo", [
            "[start] => question 1 of 6",
            "PATENTSCOPE => question 2 of 6",
            "Rarely => question 3 of 5|How satisfied|!One wish",
            "4 => question 4 of 5",
            "no => " + English.Recorded + "|Rarely|!One wish",
        ] },
        { "BackStepsOverASkippedBranch", [
            "[start] => question 1 of 6",
            "WIPO Lex => question 2 of 4|How satisfied",
            "back => question 1 of 4|Which products do you use?|Your answer so far: WIPO Lex",
            "WIPO Lex => question 2 of 4|How satisfied",
            "3 => question 3 of 4",
            "yes => question 4 of 4|Your e-mail address?",
            "back => question 3 of 4|May we contact you?",
            "back => question 2 of 4|How satisfied",
            "back => question 1 of 4|Which products do you use?",
        ] },
        { "ChangingAnEarlierAnswerOpensTheBranch", [
            "[start] => question 1 of 6",
            "WIPO Lex => question 2 of 4",
            "back => question 1 of 4",
            "PATENTSCOPE => question 2 of 6|How often do you use PATENTSCOPE?",
            "Weekly => question 3 of 6|One wish",
            "back => question 2 of 6|Your answer so far: Weekly",
        ] },
        { "ChangingAnEarlierAnswerClosesTheBranchAndItsAnswersAreLeftOut", [
            "[start] => question 1 of 6",
            "PATENTSCOPE => question 2 of 6",
            "Daily => question 3 of 6",
            "Faster exports => question 4 of 6",
            "back => question 3 of 6",
            "back => question 2 of 6",
            "back => question 1 of 6|Your answer so far: PATENTSCOPE",
            "WIPO Lex => question 2 of 4|How satisfied",
            "5 => question 3 of 4",
            "no => " + English.Recorded + "|WIPO Lex|!Daily|!Faster exports",
        ] },
        { "AnEarlierCardsButtonThatClosesTheBranchMovesOn", [
            "[start] => question 1 of 6",
            "PATENTSCOPE => question 2 of 6|How often do you use PATENTSCOPE?",
            "[press products=2] => Changed your answer to question 1: WIPO Lex|question 2 of 4|How satisfied",
            "[press ps_often=1] => no longer applies",
            "4 => question 3 of 4",
        ] },
        { "HelpAndLaterCountTheQuestionsAsked", [
            "[start] => question 1 of 6",
            "WIPO Lex => question 2 of 4",
            "help => question 2 of 4",
            "later => keep your place at question 2 of 4",
            "continue => question 2 of 4|How satisfied",
        ] },
        { "ResumingAfterTheStateIsLostSkipsTheBranch", [
            "[start] => question 1 of 6",
            "WIPO Lex => question 2 of 4",
            "[lost] => (none)",
            "[start] => question 2 of 4|How satisfied",
        ] },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task StepByStep(string name, string[] script)
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenBranchedAsync();
        var line = 0;
        foreach (var step in script)
        {
            line++;
            var (utterance, expected) = (step.Split(" => ", 2)[0], step.Split(" => ", 2)[1]);
            IReadOnlyList<Reply> replies;
            if (utterance == "[start]")
            {
                replies = await chat.PressesBranchedAsync(Ada, FormVerbs.Start);
            }
            else if (utterance == "[lost]")
            {
                chat.LoseState(Ada);
                replies = [];
            }
            else if (utterance.StartsWith("[press ", StringComparison.Ordinal))
            {
                var (field, value) = (utterance[7..^1].Split('=')[0], utterance[7..^1].Split('=')[1]);
                replies = await chat.PressesBranchedAsync(Ada, FormVerbs.Answer, (FormVerbs.FieldKey, field), (FormVerbs.ValueKey, value));
            }
            else
            {
                replies = await chat.SaysAsync(Ada, utterance);
            }
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

    private static (string, string) In(string field, string value) => (FormVerbs.InputId(field), value);

    [Fact]
    public async Task TheCardShowsEveryQuestionWithItsCondition()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenBranchedAsync();

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.PressesBranchedAsync(Ada, FormVerbs.OpenCard))).Card;

        var shown = card.AllText();
        Assert.Contains("2. How often do you use PATENTSCOPE?", shown, StringComparison.Ordinal);
        Assert.Contains("Only if you chose PATENTSCOPE in question 1.", shown, StringComparison.Ordinal);
        Assert.Contains("Only if you chose Daily or Weekly in question 2.", shown, StringComparison.Ordinal);
        Assert.Contains("Only if you chose Yes in question 5.", shown, StringComparison.Ordinal);
        // A conditional question cannot be required on the card (the card cannot hide it); the server requires it when it applies.
        var inputs = Inputs(System.Text.Json.Nodes.JsonNode.Parse(card.ToJson())!).ToDictionary(i => (string)i["id"]!);
        Assert.Null(inputs["f_ps_often"]["isRequired"]);
        Assert.Null(inputs["f_email"]["isRequired"]);
        Assert.True((bool)inputs["f_satisfaction"]["isRequired"]!);
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonNode> Inputs(System.Text.Json.Nodes.JsonNode node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o when o["id"] is not null && ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [o],
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => p.Value is null ? [] : Inputs(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(n => n is null ? [] : Inputs(n)),
        _ => [],
    };

    [Fact]
    public async Task OnTheCardAHiddenRequiredQuestionIsNotRequiredAndHiddenAnswersAreNotRecorded()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenBranchedAsync();

        var replies = await chat.PressesBranchedAsync(Ada, FormVerbs.SubmitAll,
            In("products", "2"), In("ps_often", "1"), In("ps_wish", "Left over"), In("satisfaction", "4"), In("contact", "no"), In("email", "not-an-address"));

        var summary = Assert.IsType<CardUpdate>(Assert.Single(replies)).Card.AllText();
        Assert.Contains(English.Recorded, summary, StringComparison.Ordinal);
        Assert.DoesNotContain("How often", summary, StringComparison.Ordinal);
        var response = Assert.Single(chat.Surveys.Responses);
        Assert.True(response.Complete);
        Assert.Equal("WIPO Lex", response.Answers["products"]);
        Assert.Equal("", response.Answers["ps_often"]);
        Assert.Equal("", response.Answers["ps_wish"]);
        Assert.Equal("", response.Answers["email"]);
    }

    [Fact]
    public async Task OnTheCardAShownRequiredQuestionIsRequired()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenBranchedAsync();

        var replies = await chat.PressesBranchedAsync(Ada, FormVerbs.SubmitAll,
            In("products", "1,3"), In("satisfaction", "4"), In("contact", "yes"), In("email", "ada@example.org"));

        var shown = replies.Shown();
        Assert.Contains("Question 2 needs an answer.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Question 3", shown, StringComparison.Ordinal); // optional, and its branch is not decided
        Assert.Empty(chat.Surveys.Responses);

        replies = await chat.PressesBranchedAsync(Ada, FormVerbs.SubmitAll,
            In("products", "1,3"), In("ps_often", "3"), In("satisfaction", "4"), In("contact", "yes"));

        Assert.Contains("Question 6 needs an answer.", replies.Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothPathsAgreeOnTheSummaryAfterTheBranchCloses()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenBranchedAsync();
        await chat.PressesBranchedAsync(Ada, FormVerbs.Start);
        await chat.SaysAsync(Ada, "PATENTSCOPE");
        await chat.SaysAsync(Ada, "Daily");

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.PressesBranchedAsync(Ada, FormVerbs.OpenCard))).Card.ToJson();
        Assert.Contains("\"value\":\"1\"", card, StringComparison.Ordinal); // Daily, filled in
        var replies = await chat.PressesBranchedAsync(Ada, FormVerbs.SubmitAll,
            In("products", "3"), In("ps_often", "1"), In("satisfaction", "2"), In("contact", "no"));

        Assert.DoesNotContain("Daily", Assert.IsType<CardUpdate>(Assert.Single(replies)).Card.AllText(), StringComparison.Ordinal);
        Assert.Equal("", Assert.Single(chat.Surveys.Responses).Answers["ps_often"]);
        Assert.Null(chat.StateOf(Ada).Form);
    }

    [Fact]
    public async Task TheCardDoesNotFillInAnswersToABranchNoLongerAsked()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenBranchedAsync();
        await chat.PressesBranchedAsync(Ada, FormVerbs.Start);
        await chat.SaysAsync(Ada, "PATENTSCOPE");
        await chat.SaysAsync(Ada, "Weekly");
        await chat.SaysAsync(Ada, "back");
        await chat.SaysAsync(Ada, "back");
        await chat.SaysAsync(Ada, "WIPO Lex");

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.PressesBranchedAsync(Ada, FormVerbs.OpenCard))).Card;

        var inputs = Inputs(System.Text.Json.Nodes.JsonNode.Parse(card.ToJson())!).ToDictionary(i => (string)i["id"]!);
        Assert.Equal("2", (string?)inputs["f_products"]["value"]);
        Assert.Null(inputs["f_ps_often"]["value"]);
    }

    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static SurveyResponse R(string key, bool complete, params (string Id, string Value)[] answers) =>
        new(BranchedSurvey.Id, key, new MemberId("t1", key), answers.ToDictionary(a => a.Id, a => a.Value), complete, Now);

    private static readonly SurveyResponse[] Responses =
    [
        R("r1", true, ("products", "PATENTSCOPE"), ("ps_often", "Daily"), ("ps_wish", "Faster"), ("satisfaction", "5"), ("contact", "no")),
        // Answered the PATENTSCOPE questions, then changed the first answer: they are no longer asked, so not counted.
        R("r2", true, ("products", "WIPO Lex"), ("ps_often", "Weekly"), ("ps_wish", "Stale"), ("satisfaction", "3"), ("contact", "yes"), ("email", "b@example.org")),
        R("r3", true, ("products", "PATENTSCOPE\nWIPO Lex"), ("ps_often", "Rarely"), ("ps_wish", "Also stale"), ("satisfaction", "4"), ("contact", "no")),
        // Still answering: the PATENTSCOPE question is asked, the contact one not reached.
        R("r4", false, ("products", "PATENTSCOPE"), ("ps_often", "Daily")),
    ];

    private static Survey Survey() =>
        new(BranchedSurvey.Id, "Product use", "", BranchedSurvey.Questions, false, [], null, "sam", Now) { Status = SurveyStatus.Open, Invited = 10 };

    [Fact]
    public void AConditionalQuestionCountsOnlyTheRespondentsItWasShownTo()
    {
        var view = SurveyResults.Build(Survey(), Responses, 0, Now);

        var often = view.Questions[1];
        Assert.Equal(3, often.ShownTo);
        Assert.Equal(3, often.Answered);
        Assert.Equal([2, 0, 1], often.Rows.Select(r => r.Count));
        var wish = view.Questions[2];
        Assert.Equal(2, wish.ShownTo); // r1, and r4 (Daily) who has not answered it yet
        Assert.Equal(1, wish.Answered);
        Assert.Equal(["Faster"], wish.Texts);
        Assert.Equal(1, view.Questions[5].ShownTo);
        Assert.Null(view.Questions[3].ShownTo);
        Assert.Equal(3, view.Questions[3].Answered);

        var card = ResultsCard.Build(view).AllText();
        Assert.Contains("3 answered · shown to 3 respondents (only if question 1 is PATENTSCOPE)", card, StringComparison.Ordinal);
        Assert.Contains("shown to 1 respondent (only if question 5 is Yes)", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExportLeavesOutAnswersToQuestionsNotAsked()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var survey = Survey();
        await chat.Surveys.SaveAsync(survey, default);
        foreach (var response in Responses)
        {
            await chat.Surveys.SaveAnswersAsync(survey, response.RespondentKey, response.Respondent, response.UserGroup, response.Answers, response.Complete, Now, default);
        }

        var rows = await new SurveyExports(chat.Surveys, chat.Get<IMemberStore>(), chat.Get<SurveyGroups>(), chat.Get<IOptions<SurveyOptions>>()).RowsAsync(survey, default);

        var often = Array.IndexOf(rows[0], "2. How often do you use PATENTSCOPE?");
        var wish = Array.IndexOf(rows[0], "3. One wish for PATENTSCOPE?");
        var byKey = rows.Skip(1).ToDictionary(r => r[2]);
        Assert.Equal("Daily", byKey["r1"][often]);
        Assert.Equal("", byKey["r2"][often]);
        Assert.Equal("", byKey["r2"][wish]);
        Assert.Equal("Rarely", byKey["r3"][often]);
        Assert.Equal("", byKey["r3"][wish]);
    }

    [Fact]
    public void TheFormCountsTheQuestionsAskedOrStillPossible()
    {
        var form = new FormDefinition("f", "F", "", BranchedSurvey.Questions);
        FormAnswers A(params (string, string)[] values) => new(values.ToDictionary(v => v.Item1, v => v.Item2), false);

        Assert.Equal((1, 6), form.Position(0, FormAnswers.None));
        Assert.Equal((2, 4), form.Position(3, A(("products", "WIPO Lex"))));
        Assert.Equal((3, 5), form.Position(3, A(("products", "PATENTSCOPE"), ("ps_often", "Rarely"))));
        // A skipped deciding question leaves its branch out.
        Assert.Equal([Visibility.Shown, Visibility.Hidden, Visibility.Hidden, Visibility.Shown, Visibility.Shown, Visibility.Hidden],
            form.States(A(("products", ""), ("contact", ""))));
        Assert.Equal((3, 8), new FormDefinition("g", "G", "", [.. BranchedSurvey.Questions.Select(q => q with { ShowIf = null }), new("x", "X", FieldType.Rating), new("y", "Y", FieldType.Rating)])
            .Position(2, null));
    }
}
