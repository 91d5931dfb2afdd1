using CollabBot.Cards.Forms;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>Invitations, reminders and deadlines, on a fake clock.</summary>
public sealed class SurveyCampaignTests
{
    private static string[] Cards(ChatHarness chat) =>
        [.. chat.Notifier.Sent.Select(s => s.Message.Shown().Split('\n')[0])];

    [Fact]
    public async Task OpeningAsksForTheInvitationsOnceAndEveryMemberOfTheAudienceGetsOne()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var survey = await chat.OpenSampleAsync(audience: ["PIUG", "CEPIUG"]);
        await chat.Get<SurveyCampaigns>().AskForDeliveriesAsync(survey, default); // a staff turn run twice

        await chat.Deliveries.DeliverAsync();
        await chat.Deliveries.DeliverAsync();

        Assert.Single(chat.Deliveries.Requested);
        Assert.Equal(["ada", "bob"], chat.Notifier.Sent.Select(s => s.To.ObjectId).Order().ToArray());
        Assert.All(Cards(chat), c => Assert.Equal("New survey: User feedback", c));
    }

    [Fact]
    public async Task AnInvitationIsNotSentToSomeoneWhoHasAlreadyAnswered()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();
        await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, ("f_product", "1"), ("f_satisfaction", "5"), ("f_contact", "yes"));

        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["bob", "sam"], chat.Notifier.Sent.Select(s => s.To.ObjectId).Order().ToArray());
    }

    [Fact]
    public async Task RemindersGoOncePerWindowToThoseWhoHaveNotFinishedAndNoneAfterClosing()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var deadline = chat.Clock.GetUtcNow().AddDays(5);
        await chat.OpenSampleAsync(deadline: deadline);
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(3, chat.Notifier.Sent.Count);
        await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, ("f_product", "1"), ("f_satisfaction", "5"), ("f_contact", "yes"));

        chat.Clock.SetUtcNow(deadline.AddHours(-73));
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(3, chat.Notifier.Sent.Count); // not due yet

        chat.Clock.SetUtcNow(deadline.AddHours(-71));
        await chat.Deliveries.RunDueAsync();
        await chat.Deliveries.RunDueAsync();
        var reminded = chat.Notifier.Sent.Skip(3).ToList();
        Assert.Equal(["bob", "sam"], reminded.Select(s => s.To.ObjectId).Order().ToArray());
        Assert.All(reminded, r => Assert.StartsWith("Reminder: User feedback", r.Message.Shown(), StringComparison.Ordinal));

        chat.Clock.SetUtcNow(deadline.AddHours(-23));
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(7, chat.Notifier.Sent.Count);

        chat.Clock.SetUtcNow(deadline.AddMinutes(1));
        await chat.Deliveries.RunDueAsync();
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(7, chat.Notifier.Sent.Count);
        Assert.Equal(SurveyStatus.Closed, (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!.Status);
    }

    [Fact]
    public async Task AWindowThatBeganBeforeTheSurveyOpenedSendsNoReminder()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync(deadline: chat.Clock.GetUtcNow().AddHours(10));

        chat.Clock.Advance(TimeSpan.FromHours(11));
        await chat.Deliveries.RunDueAsync();

        Assert.All(Cards(chat), c => Assert.StartsWith("New survey", c, StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Deliveries.Requested, r => r.Content == SurveyInvitations.Remind);
    }

    [Fact]
    public async Task AnonymousAnswersAreCountedOnceEnoughRespondentsWaitAndTheResultsSaySo()
    {
        using var chat = new ChatHarness(services => services.Configure<SurveyOptions>(o => o.AnonymousBatch = 3)).WithKnownPeople();
        await chat.OpenSampleAsync(anonymous: true);
        await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, ("f_product", "1"), ("f_satisfaction", "5"), ("f_contact", "yes"), ("f_improve", "More data"));
        await chat.PressesFormAsync(Bob, FormVerbs.SubmitAll, ("f_product", "1"), ("f_satisfaction", "4"), ("f_contact", "no"));
        await chat.Deliveries.DeliverAsync(); // the invitations: three members
        chat.Clock.Advance(TimeSpan.FromMinutes(11));
        await chat.Deliveries.RunDueAsync();

        var waiting = (await chat.SaysAsync(Sam, "survey results " + SampleSurvey.Id)).Shown();
        Assert.Contains("0 of 3 invited (0%)", waiting, StringComparison.Ordinal);
        Assert.Contains("2 more respondents have answered and are not counted yet", waiting, StringComparison.Ordinal);
        Assert.Contains("batches of at least 3 respondents", waiting, StringComparison.Ordinal);

        await chat.PressesFormAsync(Sam, FormVerbs.Start);
        await chat.SaysAsync(Sam, "2");
        chat.Clock.Advance(TimeSpan.FromMinutes(11));
        await chat.Deliveries.RunDueAsync();
        var results = (await chat.SaysAsync(Sam, "survey results " + SampleSurvey.Id)).Shown();

        Assert.Contains("2 of 3 invited (67%)", results, StringComparison.Ordinal);
        Assert.Contains("average 4.5 / 5", results, StringComparison.Ordinal);
        Assert.Contains("“More data”", results, StringComparison.Ordinal);
        Assert.Contains(CollabBot.Cards.Surveys.ResultsCard.AnonymousNote, results, StringComparison.Ordinal);
        Assert.DoesNotContain("not counted yet", results, StringComparison.Ordinal);
        Assert.Contains("Export CSV", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosingAnAnonymousSurveyCountsEveryAnswerStillWaiting()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var survey = await chat.OpenSampleAsync(anonymous: true);
        await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, ("f_product", "2"), ("f_satisfaction", "3"), ("f_contact", "yes"));
        chat.Clock.Advance(TimeSpan.FromMinutes(11));
        await chat.Deliveries.RunDueAsync();
        Assert.Empty(chat.Surveys.Responses);

        await chat.Get<SurveyCampaigns>().CloseAsync(survey, default);

        Assert.Equal("Global Brand Database", Assert.Single(chat.Surveys.Responses).Answers["product"]);
        Assert.Equal(0, await chat.Surveys.CountPendingAsync(SampleSurvey.Id, default));
    }

    [Fact]
    public async Task StaffPressingExportAskForOneFileAndAreToldItIsComing()
    {
        var exports = new Mock<IExportRequests>();
        using var chat = new ChatHarness(services => services.AddSingleton(exports.Object)).WithKnownPeople();
        await chat.OpenSampleAsync();

        var reply = (await chat.PressesAsync(Sam, SurveyVerbs.Export, (SurveyVerbs.SurveyKey, SampleSurvey.Id), (SurveyVerbs.FormatKey, "xlsx"))).Shown();

        Assert.Contains("Preparing the Excel file of \"User feedback\"", reply, StringComparison.Ordinal);
        exports.Verify(e => e.RequestAsync(new ExportRequest(ExportSurveyAction.Kind, SampleSurvey.Id, ExportFormat.Xlsx, Sam.Id), It.IsAny<CancellationToken>()), Times.Once);
        exports.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("")]
    public async Task AnExportOfAnUnknownFormatOrByAMemberAsksForNothing(string format)
    {
        var exports = new Mock<IExportRequests>();
        using var chat = new ChatHarness(services => services.AddSingleton(exports.Object)).WithKnownPeople();
        await chat.OpenSampleAsync();

        await chat.PressesAsync(Sam, SurveyVerbs.Export, (SurveyVerbs.SurveyKey, SampleSurvey.Id), (SurveyVerbs.FormatKey, format));
        var byMember = await chat.PressesAsync(Ada, SurveyVerbs.Export, (SurveyVerbs.SurveyKey, SampleSurvey.Id), (SurveyVerbs.FormatKey, "csv"));

        Assert.Contains("only WIPO staff", byMember.Shown(), StringComparison.Ordinal);
        exports.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task MembersCannotSeeResults()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();

        var replies = await chat.SaysAsync(Ada, "survey results " + SampleSurvey.Id);

        Assert.Equal(English.StaffOnly, replies.Shown());
    }
}
