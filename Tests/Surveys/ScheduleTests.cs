using CollabBot.Cards.Forms;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>Surveys that open by themselves at a set time: scheduled from the surveys card or by typing, opened once by a due item.</summary>
public sealed class ScheduleTests
{
    private static string[] Invitations(ChatHarness chat) =>
        [.. chat.Notifier.Sent.Where(s => s.Message.Shown().StartsWith("New survey", StringComparison.Ordinal)).Select(s => s.To.ObjectId).Order()];

    private static Task RunOpenAsync(ChatHarness chat) =>
        chat.Get<IEnumerable<IDueHandler>>().OfType<OpenAtSchedule>().Single().RunAsync(SampleSurvey.Id, default);

    [Fact]
    public async Task ADraftThatOpensLaterIsScheduledFromTheSurveysCardAndOpensAndClosesByItself()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var opens = chat.Clock.GetUtcNow().AddDays(2);
        var deadline = chat.Clock.GetUtcNow().AddDays(9);
        await chat.SaveDraftAsync(opens, deadline);

        var list = await chat.SaysAsync(Sam, "surveys");
        Assert.Contains("opens 2026-11-27 10:00 UTC", list.Shown(), StringComparison.Ordinal);
        Assert.Equal(["Preview", "Schedule", "Edit", "Duplicate", "Create a survey", "Import a survey"], list.ButtonTitles());

        var scheduled = await chat.PressesAsync(Sam, SurveyVerbs.Schedule, (SurveyVerbs.SurveyKey, SampleSurvey.Id));

        Assert.Contains("Scheduled \"User feedback\": it opens by itself at 2026-11-27 10:00 UTC", scheduled.Shown(), StringComparison.Ordinal);
        Assert.Equal(["Preview", "Open now", "Unschedule", "Edit", "Duplicate", "Create a survey", "Import a survey"], scheduled.ButtonTitles());
        Assert.Equal(SurveyStatus.Scheduled, await chat.StatusAsync());
        var due = Assert.Single(chat.Deliveries.Scheduled);
        Assert.Equal((OpenAtSchedule.Kind, opens, SampleSurvey.Id), (due.Kind, due.At, due.Payload));

        chat.Clock.SetUtcNow(opens.AddMinutes(-1));
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(SurveyStatus.Scheduled, await chat.StatusAsync());
        Assert.Empty(chat.Notifier.Sent);

        chat.Clock.SetUtcNow(opens.AddSeconds(1));
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(SurveyStatus.Open, await chat.StatusAsync());
        Assert.Equal(["ada", "bob", "sam"], Invitations(chat));
        // Opening scheduled its close at the deadline, as staff opening it would.
        Assert.Contains(chat.Deliveries.Scheduled, d => d.Kind == CloseAtDeadline.Kind && d.At == deadline);

        chat.Clock.SetUtcNow(deadline.AddMinutes(1));
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(SurveyStatus.Closed, await chat.StatusAsync());
        Assert.Equal(["Draft -> Scheduled", "Scheduled -> Open", "Open -> Closed"], chat.Surveys.StatusChanges.Select(c => c[(SampleSurvey.Id.Length + 2)..]));
    }

    [Fact]
    public async Task TheOpeningRunsOnceHoweverOftenItsDueItemRuns()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var opens = chat.Clock.GetUtcNow().AddHours(3);
        await chat.SaveDraftAsync(opens);
        Assert.Contains("Scheduled", (await chat.SaysAsync(Sam, "schedule survey " + SampleSurvey.Id)).Shown(), StringComparison.Ordinal);
        await chat.SaysAsync(Sam, "schedule survey " + SampleSurvey.Id); // a staff turn run twice
        Assert.Single(chat.Deliveries.Scheduled);

        await RunOpenAsync(chat); // too early: the clock has not reached it
        Assert.Equal(SurveyStatus.Scheduled, await chat.StatusAsync());

        chat.Clock.SetUtcNow(opens);
        await RunOpenAsync(chat);
        await RunOpenAsync(chat); // another instance, or a run after a crash
        await chat.Deliveries.DeliverAsync();
        await RunOpenAsync(chat);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["ada", "bob", "sam"], Invitations(chat));
        Assert.Single(chat.Surveys.StatusChanges, c => c.EndsWith("-> Open", StringComparison.Ordinal));
        Assert.Equal(opens, (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!.OpenedAt);
    }

    [Fact]
    public async Task StaffCanOpenAScheduledSurveyNowAndItsTimeThenChangesNothing()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var opens = chat.Clock.GetUtcNow().AddDays(1);
        await chat.SaveDraftAsync(opens);
        await chat.SaysAsync(Sam, "schedule survey " + SampleSurvey.Id);
        chat.Clock.Advance(TimeSpan.FromHours(1));

        var opened = await chat.PressesAsync(Sam, SurveyVerbs.Open, (SurveyVerbs.SurveyKey, SampleSurvey.Id));

        Assert.Contains("Opened \"User feedback\"", opened.Shown(), StringComparison.Ordinal);
        await chat.Deliveries.DeliverAsync();
        chat.Clock.SetUtcNow(opens.AddMinutes(1));
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(["ada", "bob", "sam"], Invitations(chat));
        Assert.Equal(["Draft -> Scheduled", "Scheduled -> Open"], chat.Surveys.StatusChanges.Select(c => c[(SampleSurvey.Id.Length + 2)..]));
        Assert.Equal(opens.AddDays(-1).AddHours(1), (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!.OpenedAt);
    }

    [Fact]
    public async Task AnUnscheduledSurveyIsADraftAgainAndDoesNotOpenWhenItsTimeComes()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var opens = chat.Clock.GetUtcNow().AddDays(1);
        await chat.SaveDraftAsync(opens);
        await chat.SaysAsync(Sam, "schedule survey " + SampleSurvey.Id);

        var unscheduled = await chat.PressesAsync(Sam, SurveyVerbs.Unschedule, (SurveyVerbs.SurveyKey, SampleSurvey.Id));

        Assert.Contains("Unscheduled \"User feedback\": it is a draft again and will not open by itself.", unscheduled.Shown(), StringComparison.Ordinal);
        Assert.Contains("Schedule", unscheduled.ButtonTitles());
        Assert.Equal(SurveyStatus.Draft, await chat.StatusAsync());
        Assert.Contains("is not scheduled", (await chat.SaysAsync(Sam, "unschedule survey " + SampleSurvey.Id)).Shown(), StringComparison.Ordinal);

        chat.Clock.SetUtcNow(opens.AddMinutes(1));
        await chat.Deliveries.RunDueAsync();

        Assert.Equal(SurveyStatus.Draft, await chat.StatusAsync());
        Assert.Empty(chat.Notifier.Sent);
        // Its time has passed: the card offers to open it, and scheduling says why it cannot.
        var list = await chat.SaysAsync(Sam, "surveys");
        Assert.Contains("Open", list.ButtonTitles());
        Assert.DoesNotContain("Schedule", list.ButtonTitles());
        Assert.Contains("The opening time of \"User feedback\" (2026-11-26 10:00 UTC) has passed: open it now",
            (await chat.SaysAsync(Sam, "schedule survey " + SampleSurvey.Id)).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyADraftWithAnOpeningTimeToComeCanBeScheduled()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.SaveDraftAsync();

        Assert.Contains("has no opening time", (await chat.SaysAsync(Sam, "schedule survey " + SampleSurvey.Id)).Shown(), StringComparison.Ordinal);
        Assert.Contains("Which survey?", (await chat.SaysAsync(Sam, "schedule survey")).Shown(), StringComparison.Ordinal);
        Assert.Contains("There is no survey \"nope\"", (await chat.SaysAsync(Sam, "schedule survey nope")).Shown(), StringComparison.Ordinal);
        Assert.Equal(English.StaffOnly, (await chat.SaysAsync(Ada, "schedule survey " + SampleSurvey.Id)).Shown());
        await chat.SaysAsync(Sam, "open survey " + SampleSurvey.Id);
        Assert.Contains("is already open", (await chat.SaysAsync(Sam, "schedule survey " + SampleSurvey.Id)).Shown(), StringComparison.Ordinal);
        Assert.DoesNotContain(chat.Deliveries.Scheduled, d => d.Kind == OpenAtSchedule.Kind);
    }

    [Fact]
    public async Task MembersCannotAnswerOrSeeAScheduledSurvey()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.SaveDraftAsync(chat.Clock.GetUtcNow().AddDays(1));
        await chat.SaysAsync(Sam, "schedule survey " + SampleSurvey.Id);

        var start = await chat.PressesFormAsync(Ada, FormVerbs.Start);

        Assert.Contains("The survey \"User feedback\" is not open yet.", start.Shown(), StringComparison.Ordinal);
        Assert.DoesNotContain("User feedback", (await chat.SaysAsync(Ada, "my surveys")).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingAScheduledSurveyAgainMakesItADraftThatDoesNotOpenByItself()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var opens = chat.Clock.GetUtcNow().AddDays(1);
        await chat.SaveDraftAsync(opens);
        await chat.SaysAsync(Sam, "schedule survey " + SampleSurvey.Id);

        var replaced = await chat.SaysAsync(Sam, "import survey {\"id\": \"user-feedback\", \"title\": \"User feedback\", \"opens\": \"2026-12-01T09:00:00Z\", " +
            "\"questions\": [{\"text\": \"Q\", \"type\": \"yes-no\"}]}");

        Assert.Contains("Replaced the scheduled survey (a draft again: schedule it again)", replaced.Shown(), StringComparison.Ordinal);
        chat.Clock.SetUtcNow(opens.AddMinutes(1));
        await chat.Deliveries.RunDueAsync();
        Assert.Equal(SurveyStatus.Draft, await chat.StatusAsync());
    }

    [Fact]
    public async Task StaffSetTheOpeningTimeAndTheLimitOnTheAuthoringCard()
    {
        using var chat = new ChatHarness().WithKnownPeople();

        await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb, ("title", "Webinar"), ("deadline", "2026-12-15"),
            (SurveyAuthoringCard.OpensDateInput, "2026-12-01"), (SurveyAuthoringCard.OpensTimeInput, "09:30"), (SurveyAuthoringCard.CloseAfterInput, "40"),
            ("q1_text", "Rate it"), ("q1_type", "rating"));
        var wrong = await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb, ("title", "Too late"), ("deadline", "2026-12-15"),
            (SurveyAuthoringCard.OpensDateInput, "2026-12-20"), (SurveyAuthoringCard.CloseAfterInput, "0"), ("q1_text", "Rate it"), ("q1_type", "rating"));

        var survey = Assert.Single(await chat.Surveys.ListAsync(default));
        Assert.Equal((new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), 40), (survey.Opens, survey.CloseAfterResponses));
        Assert.Contains("opens: 2026-12-20 00:00 UTC is not before the deadline (2026-12-15 23:59 UTC)", wrong.Shown(), StringComparison.Ordinal);
        Assert.Contains("closeAfterResponses: must be a whole number of responses from 1 to 1000000", wrong.Shown(), StringComparison.Ordinal);
        Assert.Contains("2026-12-20", wrong.Shown(), StringComparison.Ordinal); // the values are kept
    }
}
