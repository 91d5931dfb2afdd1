using CollabBot.Cards.Forms;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;

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
        using var chat = new SurveyChat();
        await chat.OpenSampleAsync();

        var card = SurveyChat.Shown(await chat.PressesForm(SurveyChat.Ada, FormVerbs.OpenCard));
        Assert.Contains("1. Which product do you use most?", card, StringComparison.Ordinal);
        Assert.Contains("Send my answers", card, StringComparison.Ordinal);

        var replies = await chat.PressesForm(SurveyChat.Ada, FormVerbs.SubmitAll, AllAnswers());

        var summary = Assert.IsType<CardUpdate>(Assert.Single(replies));
        var shown = SurveyChat.CardText(summary.Card);
        Assert.Contains(English.Recorded, shown, StringComparison.Ordinal);
        Assert.Contains("Global Brand Database", shown, StringComparison.Ordinal);
        var response = Assert.Single(chat.Store.Responses);
        Assert.True(response.Complete);
        Assert.Equal("4", response.Answers["satisfaction"]);
        Assert.Equal(new MemberId("t1", "ada"), response.Respondent);
    }

    [Fact]
    public async Task TheCardRefusesMissingAndWrongAnswersAndKeepsWhatWasTyped()
    {
        using var chat = new SurveyChat();
        await chat.OpenSampleAsync();

        var replies = await chat.PressesForm(SurveyChat.Ada, FormVerbs.SubmitAll,
            (FormVerbs.InputId("product"), "9"), (FormVerbs.InputId("searches"), "5000"), (FormVerbs.InputId("improve"), "keep me"));

        var shown = SurveyChat.Shown(replies);
        Assert.Contains("Question 1:", shown, StringComparison.Ordinal);
        Assert.Contains("Question 2 needs an answer.", shown, StringComparison.Ordinal);
        Assert.Contains("Question 4: 5000 is out of range", shown, StringComparison.Ordinal);
        Assert.Contains("Question 5 needs an answer.", shown, StringComparison.Ordinal);
        Assert.Contains("keep me", Assert.IsType<CardReply>(Assert.Single(replies)).Card.ToJson(), StringComparison.Ordinal);
        Assert.Empty(chat.Store.Responses);
    }

    [Fact]
    public async Task BothPathsWriteTheSameResponse()
    {
        using var chat = new SurveyChat();
        await chat.OpenSampleAsync();
        await chat.PressesForm(SurveyChat.Ada, FormVerbs.Start);
        await chat.Says(SurveyChat.Ada, "1");
        await chat.Says(SurveyChat.Ada, "5");

        var card = await chat.PressesForm(SurveyChat.Ada, FormVerbs.OpenCard);
        Assert.Contains("\"value\":\"5\"", Assert.IsType<CardReply>(Assert.Single(card)).Card.ToJson(), StringComparison.Ordinal);
        await chat.PressesForm(SurveyChat.Ada, FormVerbs.SubmitAll, AllAnswers(product: "3"));

        var response = Assert.Single(chat.Store.Responses);
        Assert.Equal("WIPO Inspire", response.Answers["product"]);
        Assert.True(response.Complete);
        Assert.Null(chat.StateOf(SurveyChat.Ada).Form);
    }

    [Fact]
    public async Task ADoubleClickOnAnAnswerRecordsItOnceAndAsksTheNextQuestionOnce()
    {
        using var chat = new SurveyChat();
        await chat.OpenSampleAsync();
        await chat.PressesForm(SurveyChat.Ada, FormVerbs.Start);

        var first = await chat.PressesForm(SurveyChat.Ada, FormVerbs.Answer, (FormVerbs.FieldKey, "product"), (FormVerbs.ValueKey, "2"));
        var writes = chat.Store.AnswerWrites;
        var second = await chat.PressesForm(SurveyChat.Ada, FormVerbs.Answer, (FormVerbs.FieldKey, "product"), (FormVerbs.ValueKey, "2"));

        Assert.Contains("question 2 of 5", SurveyChat.Shown(first), StringComparison.Ordinal);
        Assert.Empty(second);
        Assert.Equal(writes, chat.Store.AnswerWrites);
        Assert.Equal(2, chat.StateOf(SurveyChat.Ada).Form!.Index + 1);
    }

    [Fact]
    public async Task AnEarlierQuestionsButtonChangesThatAnswerWithoutMovingOn()
    {
        using var chat = new SurveyChat();
        await chat.OpenSampleAsync();
        await chat.PressesForm(SurveyChat.Ada, FormVerbs.Start);
        await chat.Says(SurveyChat.Ada, "1");

        var replies = await chat.PressesForm(SurveyChat.Ada, FormVerbs.Answer, (FormVerbs.FieldKey, "product"), (FormVerbs.ValueKey, "3"));

        Assert.Contains("Changed your answer to question 1: WIPO Inspire", SurveyChat.Shown(replies), StringComparison.Ordinal);
        Assert.Equal(1, chat.StateOf(SurveyChat.Ada).Form!.Index);
    }

    [Fact]
    public async Task AClosedSurveyTakesNoMoreAnswers()
    {
        using var chat = new SurveyChat();
        var survey = await chat.OpenSampleAsync();
        await chat.PressesForm(SurveyChat.Ada, FormVerbs.Start);
        await chat.Get<Dialogs.Surveys.SurveyCampaigns>().CloseAsync(survey, default);

        var replies = await chat.Says(SurveyChat.Ada, "1");

        Assert.Contains("has closed", SurveyChat.Shown(replies), StringComparison.Ordinal);
        Assert.Empty(chat.Store.Responses);
        Assert.Null(chat.StateOf(SurveyChat.Ada).Form);
    }

    [Fact]
    public async Task AMemberOutsideTheAudienceCannotAnswer()
    {
        using var chat = new SurveyChat();
        await chat.OpenSampleAsync(audience: ["PIUG"]);

        var replies = await chat.PressesForm(SurveyChat.Bob, FormVerbs.Start);

        Assert.Contains("is for members of PIUG", SurveyChat.Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousResponseHoldsNoIdentityAndTheMemberCanStillResume()
    {
        using var chat = new SurveyChat();
        await chat.OpenSampleAsync(anonymous: true);
        await chat.PressesForm(SurveyChat.Ada, FormVerbs.Start);
        await chat.Says(SurveyChat.Ada, "1");
        chat.LoseState(SurveyChat.Ada);

        var resumed = await chat.PressesForm(SurveyChat.Ada, FormVerbs.Start);

        Assert.Contains("question 2 of 5", SurveyChat.Shown(resumed), StringComparison.Ordinal);
        Assert.Empty(chat.Store.Responses); // waiting: nothing counted in the member's own turn
        Assert.Equal(1, await chat.Store.FlushAnonymousAsync(SurveyChat.SurveyId, 1, default));
        var response = Assert.Single(chat.Store.Responses);
        Assert.Null(response.Respondent);
        Assert.DoesNotContain("ada", response.RespondentKey, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FormsAreAnsweredOnlyInThePersonalChat()
    {
        using var chat = new SurveyChat();
        await chat.OpenSampleAsync();
        await chat.PressesForm(SurveyChat.Ada, FormVerbs.Start);
        var state = chat.StateOf(SurveyChat.Ada);

        var turn = new Turn { Sender = SurveyChat.Ada, Conversation = ConversationKind.Channel, State = state, Text = "2" };
        await chat.Get<ConversationEngine>().HandleAsync(turn, default);

        Assert.DoesNotContain("question 2 of 5", SurveyChat.Shown(turn.Replies), StringComparison.Ordinal);
        Assert.Empty(chat.Store.Responses);
    }
}
