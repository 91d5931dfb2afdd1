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
    public async Task MembersCannotAuthor()
    {
        using var chat = new ChatHarness().WithKnownPeople();

        var replies = await chat.PressesAsync(Ada, SurveyAuthoringCard.Verb, ("title", "Mine"), ("q1_text", "Q"), ("q1_type", "rating"));

        Assert.Equal(English.StaffOnly, replies.Shown());
        Assert.Empty(await chat.Surveys.ListAsync(default));
    }
}
