using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>A survey that closes once N respondents completed it, named or anonymous, and when two complete at once.</summary>
public sealed class CloseAtResponsesTests
{
    private static readonly Dictionary<string, string> Answers = new() { ["product"] = "PATENTSCOPE", ["satisfaction"] = "4", ["contact"] = "yes" };

    private static async Task<Survey> OpenWithLimitAsync(ChatHarness chat, int limit, bool anonymous = false, DateTimeOffset? deadline = null)
    {
        var draft = await chat.SaveDraftAsync(closeAfter: limit, anonymous: anonymous, deadline: deadline);
        return await chat.Get<SurveyCampaigns>().OpenAsync(draft, default);
    }

    [Fact]
    public async Task TheNthRespondentIsThankedAndTheSurveyClosesThenTheNextIsToldItClosed()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await OpenWithLimitAsync(chat, 2);
        await chat.Deliveries.DeliverAsync();
        Assert.Contains("closes after 2 responses", (await chat.SaysAsync(Sam, "surveys")).Shown(), StringComparison.Ordinal);

        await chat.CompletesAsync(Ada);
        Assert.Equal(SurveyStatus.Open, await chat.StatusAsync());
        var second = await chat.CompletesAsync(Bob);

        Assert.Contains("your answers are recorded", second.Shown(), StringComparison.Ordinal);
        Assert.Equal(SurveyStatus.Closed, await chat.StatusAsync());
        var third = await chat.CompletesAsync(Sam);
        Assert.Equal("The survey \"User feedback\" has closed, so answers can no longer be given or changed.", third.Shown());
        Assert.Equal(2, chat.Surveys.Responses.Count);
        var list = (await chat.SaysAsync(Sam, "surveys")).Shown();
        Assert.Contains("Closed after 2 responses", list, StringComparison.Ordinal);
        Assert.Contains("2 of 3 answered", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerNotFinishedDoesNotCount()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await OpenWithLimitAsync(chat, 1);

        await chat.PressesFormAsync(Ada, CollabBot.Cards.Forms.FormVerbs.Start);
        await chat.SaysAsync(Ada, "1");
        await chat.SaysAsync(Ada, "4");

        Assert.Equal(SurveyStatus.Open, await chat.StatusAsync());
        await chat.SaysAsync(Ada, "skip");
        await chat.SaysAsync(Ada, "skip");
        var done = await chat.SaysAsync(Ada, "yes");
        Assert.Contains("your answers are recorded", done.Shown(), StringComparison.Ordinal);
        Assert.Equal(SurveyStatus.Closed, await chat.StatusAsync());
    }

    [Fact]
    public async Task AnAnonymousSurveyCountsTheAnswersStillWaitingAndClosingCountsThem()
    {
        using var chat = new ChatHarness(services => services.Configure<SurveyOptions>(o => o.AnonymousBatch = 5)).WithKnownPeople();
        await OpenWithLimitAsync(chat, 2, anonymous: true);

        await chat.CompletesAsync(Ada);
        Assert.Equal(SurveyStatus.Open, await chat.StatusAsync());
        Assert.Empty(chat.Surveys.Responses); // waiting, sealed, for a batch of five
        await chat.CompletesAsync(Bob);

        Assert.Equal(SurveyStatus.Closed, await chat.StatusAsync());
        Assert.Equal(2, chat.Surveys.Responses.Count(r => r.Complete && r.Respondent is null));
        Assert.Equal(0, await chat.Surveys.CountPendingAsync(SampleSurvey.Id, default));
    }

    [Fact]
    public async Task TwoRespondentsCompletingAtTheSameMomentBothKeepTheirAnswersAndTheSurveyClosesOnce()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await OpenWithLimitAsync(chat, 1);
        var forms = chat.Get<SurveyForms>();

        // Both turns found the survey open before either completed it; each then counts one or two complete respondents.
        await Task.WhenAll(Task.Run(() => forms.SaveAllAsync(Ada, SampleSurvey.Id, Answers, default)),
            Task.Run(() => forms.SaveAllAsync(Bob, SampleSurvey.Id, Answers, default)));

        Assert.Equal(SurveyStatus.Closed, await chat.StatusAsync());
        Assert.Equal(["Draft -> Open", "Open -> Closed"], chat.Surveys.StatusChanges.Select(c => c[(SampleSurvey.Id.Length + 2)..]));
        Assert.Equal(2, chat.Surveys.Responses.Count(r => r.Complete));
    }

    [Fact]
    public async Task AnAnonymousAnswerInFlightWhenTheSurveyClosedIsCountedByTheNextCountingRun()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await OpenWithLimitAsync(chat, 1, anonymous: true);
        var forms = chat.Get<SurveyForms>();
        await chat.CompletesAsync(Ada);
        Assert.Equal(SurveyStatus.Closed, await chat.StatusAsync());

        await forms.SaveAllAsync(Bob, SampleSurvey.Id, Answers, default); // Bob's turn found it open a moment before
        Assert.Single(chat.Surveys.Responses);
        chat.Clock.Advance(TimeSpan.FromMinutes(11));
        await chat.Deliveries.RunDueAsync();

        Assert.Equal(2, chat.Surveys.Responses.Count(r => r.Complete));
        Assert.Equal(0, await chat.Surveys.CountPendingAsync(SampleSurvey.Id, default));
        Assert.DoesNotContain(chat.Deliveries.Scheduled, d => d.Kind == CountWaitingAnswers.Kind); // the last run
    }

    [Fact]
    public async Task ClosingASurveyThatIsNoLongerOpenDoesNothing()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var survey = await OpenWithLimitAsync(chat, 5);
        var campaigns = chat.Get<SurveyCampaigns>();
        var closed = await campaigns.CloseAsync(survey, default);
        chat.Clock.Advance(TimeSpan.FromHours(1));

        var again = await campaigns.CloseAsync(survey, default);

        Assert.Equal(closed.ClosedAt, again.ClosedAt);
        Assert.Single(chat.Surveys.StatusChanges, c => c.EndsWith("-> Closed", StringComparison.Ordinal));
        Assert.Contains("is not open", (await chat.SaysAsync(Sam, "close survey " + SampleSurvey.Id)).Shown(), StringComparison.Ordinal);
        Assert.DoesNotContain("Closed after", (await chat.SaysAsync(Sam, "surveys")).Shown(), StringComparison.Ordinal);
    }
}
