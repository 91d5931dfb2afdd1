using CollabBot.Cards.Forms;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>The all-in-one card, and what both paths share: one response per member, one answer per question.</summary>
public sealed class CardPathTests
{
    private static (string, string)[] AllAnswers(string product = "2") =>
    [
        (FormVerbs.InputId("product"), product),
        (FormVerbs.InputId("satisfaction"), "4"),
        (FormVerbs.InputId("improve"), "Faster \"exports\", please"),
        (FormVerbs.InputId("searches"), "12"),
        (FormVerbs.InputId("contact"), "no"),
    ];

    [Fact]
    public async Task TheCardRecordsEveryAnswerAndBecomesTheSummary()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();

        var card = (await chat.PressesFormAsync(Ada, FormVerbs.OpenCard)).Shown();
        Assert.Contains("1. Which product do you use most?", card, StringComparison.Ordinal);
        Assert.Contains("Send my answers", card, StringComparison.Ordinal);

        var replies = await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, AllAnswers());

        var summary = Assert.IsType<CardUpdate>(Assert.Single(replies));
        var shown = summary.Card.AllText();
        Assert.Contains(English.Recorded, shown, StringComparison.Ordinal);
        Assert.Contains("Global Brand Database", shown, StringComparison.Ordinal);
        var response = Assert.Single(chat.Surveys.Responses);
        Assert.True(response.Complete);
        Assert.Equal("4", response.Answers["satisfaction"]);
        Assert.Equal(new MemberId("t1", "ada"), response.Respondent);
    }

    [Fact]
    public async Task TheCardRefusesMissingAndWrongAnswersAndKeepsWhatWasTyped()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();

        var replies = await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll,
            (FormVerbs.InputId("product"), "9"), (FormVerbs.InputId("searches"), "5000"), (FormVerbs.InputId("improve"), "keep me"));

        var shown = replies.Shown();
        Assert.Contains("Question 1:", shown, StringComparison.Ordinal);
        Assert.Contains("Question 2 needs an answer.", shown, StringComparison.Ordinal);
        Assert.Contains("Question 4: 5000 is out of range", shown, StringComparison.Ordinal);
        Assert.Contains("Question 5 needs an answer.", shown, StringComparison.Ordinal);
        Assert.Contains("keep me", Assert.IsType<CardReply>(Assert.Single(replies)).Card.ToJson(), StringComparison.Ordinal);
        Assert.Empty(chat.Surveys.Responses);
    }

    [Fact]
    public async Task BothPathsWriteTheSameResponse()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();
        await chat.PressesFormAsync(Ada, FormVerbs.Start);
        await chat.SaysAsync(Ada, "1");
        await chat.SaysAsync(Ada, "5");

        var card = await chat.PressesFormAsync(Ada, FormVerbs.OpenCard);
        Assert.Contains("\"value\":\"5\"", Assert.IsType<CardReply>(Assert.Single(card)).Card.ToJson(), StringComparison.Ordinal);
        await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, AllAnswers(product: "3"));

        var response = Assert.Single(chat.Surveys.Responses);
        Assert.Equal("WIPO Inspire", response.Answers["product"]);
        Assert.True(response.Complete);
        Assert.Null(chat.StateOf(Ada).Form);
    }

    [Fact]
    public async Task ADoubleClickOnAnAnswerRecordsItOnceAndAsksTheNextQuestionOnce()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();
        await chat.PressesFormAsync(Ada, FormVerbs.Start);

        var first = await chat.PressesFormAsync(Ada, FormVerbs.Answer, (FormVerbs.FieldKey, "product"), (FormVerbs.ValueKey, "2"));
        var writes = chat.Surveys.AnswerWrites;
        var second = await chat.PressesFormAsync(Ada, FormVerbs.Answer, (FormVerbs.FieldKey, "product"), (FormVerbs.ValueKey, "2"));

        Assert.Contains("question 2 of 5", first.Shown(), StringComparison.Ordinal);
        Assert.Empty(second);
        Assert.Equal(writes, chat.Surveys.AnswerWrites);
        Assert.Equal(2, chat.StateOf(Ada).Form!.Index + 1);
    }

    [Fact]
    public async Task AnEarlierQuestionsButtonChangesThatAnswerWithoutMovingOn()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();
        await chat.PressesFormAsync(Ada, FormVerbs.Start);
        await chat.SaysAsync(Ada, "1");

        var replies = await chat.PressesFormAsync(Ada, FormVerbs.Answer, (FormVerbs.FieldKey, "product"), (FormVerbs.ValueKey, "3"));

        Assert.Contains("Changed your answer to question 1: WIPO Inspire", replies.Shown(), StringComparison.Ordinal);
        Assert.Equal(1, chat.StateOf(Ada).Form!.Index);
    }

    [Fact]
    public async Task AClosedSurveyTakesNoMoreAnswers()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var survey = await chat.OpenSampleAsync();
        await chat.PressesFormAsync(Ada, FormVerbs.Start);
        await chat.Get<Dialogs.Surveys.SurveyCampaigns>().CloseAsync(survey, default);

        var replies = await chat.SaysAsync(Ada, "1");

        Assert.Contains("has closed", replies.Shown(), StringComparison.Ordinal);
        Assert.Empty(chat.Surveys.Responses);
        Assert.Null(chat.StateOf(Ada).Form);
    }

    [Fact]
    public async Task AMemberOutsideTheAudienceCannotAnswer()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync(audience: ["PIUG"]);

        var replies = await chat.PressesFormAsync(Bob, FormVerbs.Start);

        Assert.Contains("is for members of PIUG", replies.Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousResponseHoldsNoIdentityAndTheMemberCanStillResume()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync(anonymous: true);
        await chat.PressesFormAsync(Ada, FormVerbs.Start);
        await chat.SaysAsync(Ada, "1");
        chat.LoseState(Ada);

        var resumed = await chat.PressesFormAsync(Ada, FormVerbs.Start);

        Assert.Contains("question 2 of 5", resumed.Shown(), StringComparison.Ordinal);
        Assert.Empty(chat.Surveys.Responses); // waiting: nothing counted in the member's own turn
        Assert.Equal(1, await chat.Surveys.FlushAnonymousAsync(SampleSurvey.Id, 1, default));
        var response = Assert.Single(chat.Surveys.Responses);
        Assert.Null(response.Respondent);
        Assert.DoesNotContain("ada", response.RespondentKey, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FormsAreAnsweredOnlyInThePersonalChat()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();
        await chat.PressesFormAsync(Ada, FormVerbs.Start);
        chat.Conversation = ConversationKind.Channel;

        var replies = await chat.SaysAsync(Ada, "2");

        Assert.DoesNotContain("question 2 of 5", replies.Shown(), StringComparison.Ordinal);
        Assert.Empty(chat.Surveys.Responses);
    }
}
