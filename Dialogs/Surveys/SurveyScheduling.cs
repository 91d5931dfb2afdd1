using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// A scheduled survey opens at its <see cref="Survey.Opens"/> time (a due item, so a restart loses nothing), unless staff
/// opened or unscheduled it first: the survey must still be scheduled, for a time that has come.
/// </summary>
public sealed class OpenAtSchedule(ISurveyStore store, SurveyCampaigns campaigns, TimeProvider clock) : IDueHandler
{
    public const string Kind = "survey.open";

    string IDueHandler.Kind => Kind;

    /// <summary>The item's id names the time, so scheduling again for that time adds nothing, and for another time adds its own.</summary>
    public static DueItem For(string surveyId, DateTimeOffset opens) =>
        new($"survey-open:{surveyId}:{opens.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)}", opens, Kind, surveyId);

    public async Task RunAsync(string payload, CancellationToken cancellationToken)
    {
        if (await store.FindLatestAsync(payload, cancellationToken) is not { } survey)
        {
            return;
        }
        var now = clock.GetUtcNow();
        // Run again after a crash between opening it and asking for its invitations, it finds it open and asks again (once per id).
        await campaigns.OpenIfAsync(survey, s => s.Status == SurveyStatus.Scheduled && s.Opens <= now, cancellationToken);
    }
}

/// <summary>Staff: a draft with an opening time ("opens") is scheduled to open by itself then.</summary>
public sealed class ScheduleSurveyOperation(ISurveyStore store, SurveyListViews views, IDeliveries deliveries, TimeProvider clock)
    : SurveyOperation(store)
{
    public override CommandInfo Info { get; } = new("survey.schedule", Role.Staff, ["schedule survey", "programmer enquete"], TakesArgument: true);

    public override string Verb => SurveyVerbs.Schedule;

    protected override async Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        var outcome = await ScheduleAsync(survey, cancellationToken);
        Answer(turn, submit, SurveyListCard.Build(await views.BuildAsync(outcome, cancellationToken)));
    }

    private async Task<string> ScheduleAsync(Survey survey, CancellationToken cancellationToken)
    {
        if (survey.Status is not (SurveyStatus.Draft or SurveyStatus.Scheduled))
        {
            return $"\"{survey.Title}\" is already {survey.Status.ToString().ToLowerInvariant()}.";
        }
        if (survey.Opens is not { } opens)
        {
            return $"\"{survey.Title}\" has no opening time. Give it one (\"opens\" in its definition, imported again), or open it now.";
        }
        if (opens <= clock.GetUtcNow())
        {
            return $"The opening time of \"{survey.Title}\" ({SurveyDates.Deadline(opens)}) has passed: open it now, or import it again with a later \"opens\".";
        }
        var scheduled = await Store.UpdateAsync(survey.Id, s => s.Status == SurveyStatus.Draft && s.Opens == opens
            ? s with { Status = SurveyStatus.Scheduled }
            : null, cancellationToken);
        if (scheduled is not { Status: SurveyStatus.Scheduled } || scheduled.Opens != opens)
        {
            return $"\"{survey.Title}\" changed meanwhile; look at it again below.";
        }
        // Also when it was scheduled already: the turn that scheduled it may have failed before asking (once per id).
        await deliveries.ScheduleAsync(OpenAtSchedule.For(survey.Id, opens), cancellationToken);
        return $"Scheduled \"{survey.Title}\": it opens by itself at {SurveyDates.Deadline(opens)} and its invitations go out then. " +
            "Until then you can open it now or unschedule it.";
    }
}

/// <summary>Staff: a scheduled survey back to draft; its due item then finds it not scheduled and does nothing.</summary>
public sealed class UnscheduleSurveyOperation(ISurveyStore store, SurveyListViews views) : SurveyOperation(store)
{
    public override CommandInfo Info { get; } = new("survey.unschedule", Role.Staff, ["unschedule survey", "deprogrammer enquete"], TakesArgument: true);

    public override string Verb => SurveyVerbs.Unschedule;

    protected override async Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        var unscheduled = false;
        await Store.UpdateAsync(survey.Id, s =>
        {
            unscheduled = s.Status == SurveyStatus.Scheduled;
            return unscheduled ? s with { Status = SurveyStatus.Draft } : null;
        }, cancellationToken);
        var outcome = unscheduled
            ? $"Unscheduled \"{survey.Title}\": it is a draft again and will not open by itself."
            : $"\"{survey.Title}\" is not scheduled.";
        Answer(turn, submit, SurveyListCard.Build(await views.BuildAsync(outcome, cancellationToken)));
    }
}
