using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

public sealed class AuthoringTests
{
    [Fact]
    public async Task StaffWriteAShortSurveyInTheCardAndItIsSavedAsADraft()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        Assert.Contains(SurveyAuthoringCard.Heading, (await chat.SaysAsync(Sam, "create survey")).Shown(), StringComparison.Ordinal);

        var replies = await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb,
            ("title", "Webinar feedback!"), ("intro", "Two questions."), ("deadline", "2026-12-15"), ("anonymous", "true"), ("audience", "PIUG,CEPIUG"),
            ("q1_text", "Which session helped most?"), ("q1_type", "single-choice"), ("q1_choices", "Search; Analytics ;Translation"), ("q1_required", "true"),
            ("q2_text", "Rate the webinar"), ("q2_type", "rating"), ("q2_required", "false"),
            ("q3_text", ""), ("q3_type", "short-text"));

        Assert.Contains("Imported \"Webinar feedback!\"", replies.Shown(), StringComparison.Ordinal);
        var survey = Assert.Single(await chat.Surveys.ListAsync(default));
        Assert.Equal("webinar-feedback-20261125-1000", survey.Id);
        Assert.True(survey.Anonymous);
        Assert.Equal(["PIUG", "CEPIUG"], survey.Audience);
        Assert.Equal(new DateTimeOffset(2026, 12, 15, 23, 59, 0, TimeSpan.Zero), survey.Deadline);
        Assert.Equal(["Search", "Analytics", "Translation"], survey.Questions[0].Choices);
        Assert.False(survey.Questions[1].Required);
        Assert.Equal(2, survey.Questions.Count);
    }

    [Fact]
    public async Task MistakesComeBackOnTheCardByQuestionNumberWithTheValuesKept()
    {
        using var chat = new ChatHarness().WithKnownPeople();

        var replies = await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb,
            ("title", "Broken"), ("q1_text", "Pick one"), ("q1_type", "single-choice"), ("q1_choices", "Only one"));

        var shown = replies.Shown();
        Assert.Contains("Question 1.choices: must be a list of 2 to 20 choices", shown, StringComparison.Ordinal);
        Assert.Contains("Pick one", shown, StringComparison.Ordinal);
        Assert.Empty(await chat.Surveys.ListAsync(default));
    }

    [Fact]
    public async Task AQuestionCanBeAskedOnlyIfAnEarlierAnswerMatches()
    {
        using var chat = new ChatHarness().WithKnownPeople();

        var replies = await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb,
            ("title", "Products"), ("q1_text", "Which products do you use?"), ("q1_type", "multi-choice"), ("q1_choices", "PATENTSCOPE; WIPO Lex; Other"),
            ("q2_text", ""), ("q2_type", "short-text"),
            ("q3_text", "How often do you use them?"), ("q3_type", "rating"), ("q3_showif", "q1 = patentscope, WIPO Lex"),
            ("q4_text", "May we call you?"), ("q4_type", "yes-no"),
            ("q5_text", "Your number?"), ("q5_type", "short-text"), ("q5_showif", "4 = Yes"));

        Assert.Contains("Imported \"Products\"", replies.Shown(), StringComparison.Ordinal);
        var survey = Assert.Single(await chat.Surveys.ListAsync(default));
        Assert.Equal(["PATENTSCOPE", "WIPO Lex"], survey.Questions[1].ShowIf!.AnyOf);
        Assert.Equal("q4", survey.Questions[3].ShowIf!.FieldId);
        Assert.Equal(["yes"], survey.Questions[3].ShowIf!.AnyOf);
    }

    [Theory]
    [InlineData("q3 = Yes", "Question 3 (only if): a question cannot depend on its own answer")]
    [InlineData("q4 = Yes", "Question 3 (only if): \"q4\" comes later in the survey")]
    [InlineData("q2 = Yes", "Question 3 (only if): \"q2\" is not the id of a question in this survey.")]
    [InlineData("q1 = Maybe", "Question 3 (only if): \"Maybe\" is not a choice of \"q1\"; its choices are \"PATENTSCOPE\", \"Other\".")]
    [InlineData("q1", "Question 3 (only if): must be a list of one or more of that question's choices")]
    public async Task AWrongConditionComesBackOnTheCard(string condition, string expected)
    {
        using var chat = new ChatHarness().WithKnownPeople();

        var replies = await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb,
            ("title", "Products"), ("q1_text", "Which product?"), ("q1_type", "single-choice"), ("q1_choices", "PATENTSCOPE; Other"),
            ("q3_text", "Why?"), ("q3_type", "short-text"), ("q3_showif", condition),
            ("q4_text", "Again?"), ("q4_type", "yes-no"));

        var shown = replies.Shown();
        Assert.Contains(expected, shown, StringComparison.Ordinal);
        Assert.Contains(condition, shown, StringComparison.Ordinal); // kept on the card
        Assert.Empty(await chat.Surveys.ListAsync(default));
    }

    [Fact]
    public async Task MembersCannotAuthor()
    {
        using var chat = new ChatHarness().WithKnownPeople();

        var replies = await chat.PressesAsync(Ada, SurveyAuthoringCard.Verb, ("title", "Mine"), ("q1_text", "Q"), ("q1_type", "rating"));

        Assert.Equal(English.StaffOnly, replies.Shown());
        Assert.Empty(await chat.Surveys.ListAsync(default));
    }
}
