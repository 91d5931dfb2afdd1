using CollabBot.Dialogs.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// Opening and closing surveys. Opening asks the delivery engine for the invitations and schedules what comes later:
/// the reminders before the deadline, the close at the deadline, and (for an anonymous survey) the counting of the
/// answers that wait. Asking again (a staff turn run twice) adds nothing. Closing counts every anonymous answer still
/// waiting. The invitations go to the whole audience; the reminders leave out members who declined them.
/// </summary>
public sealed partial class SurveyCampaigns(
    ISurveyStore store, IDeliveries deliveries, IOptions<SurveyOptions> options, TimeProvider clock, ILogger<SurveyCampaigns> logger)
{
    public static string InvitationsOf(string surveyId) => $"survey-invite:{surveyId}";

    /// <summary>Opens a draft or a scheduled survey (now, whatever its opening time); an open one is asked for again, a closed one left alone.</summary>
    public Task<Survey> OpenAsync(Survey survey, CancellationToken cancellationToken) =>
        OpenIfAsync(survey, s => s.Status is SurveyStatus.Draft or SurveyStatus.Scheduled, cancellationToken);

    /// <summary>Opens it if <paramref name="due"/> says so of the survey as stored now: two instances or turns open it once.</summary>
    public async Task<Survey> OpenIfAsync(Survey survey, Func<Survey, bool> due, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var opened = await store.UpdateAsync(survey.Id, s => due(s) ? s with { Status = SurveyStatus.Open, OpenedAt = now } : null, cancellationToken)
            ?? survey;
        if (opened.Status == SurveyStatus.Open)
        {
            // Also when it was open already: the turn that opened it may have failed before asking for everything.
            await AskForDeliveriesAsync(opened, cancellationToken);
        }
        return opened;
    }

    /// <summary>The invitations, and what is due later. Safe to ask again: each is asked for by an id of its own.</summary>
    public async Task AskForDeliveriesAsync(Survey survey, CancellationToken cancellationToken)
    {
        var audience = SurveyAudiences.Delivery(survey);
        await deliveries.BroadcastAsync(new BroadcastRequest(InvitationsOf(survey.Id), audience, SurveyInvitations.Invite, survey.Id,
            DeliveryPriority.Bulk, $"Invitations to \"{survey.Title}\""), cancellationToken);
        if (survey.Deadline is { } deadline)
        {
            foreach (var hours in options.Value.ReminderHoursBeforeDeadline.Where(h => h > 0 && deadline.AddHours(-h) > (survey.OpenedAt ?? clock.GetUtcNow())))
            {
                var id = $"survey-remind:{survey.Id}:{hours.ToString(System.Globalization.CultureInfo.InvariantCulture)}h";
                var reminders = new BroadcastRequest(id, audience.About(MessageTopic.SurveyReminders), SurveyInvitations.Remind, survey.Id,
                    DeliveryPriority.Bulk, $"Reminders for \"{survey.Title}\"");
                await deliveries.ScheduleAsync(DueItem.ForBroadcast(deadline.AddHours(-hours), reminders), cancellationToken);
            }
            await deliveries.ScheduleAsync(new DueItem($"survey-close:{survey.Id}", deadline, CloseAtDeadline.Kind, survey.Id), cancellationToken);
        }
        if (survey.Anonymous)
        {
            await deliveries.ScheduleAsync(CountWaitingAnswers.Next(survey.Id, 0, clock.GetUtcNow() + options.Value.CountAnonymousEvery), cancellationToken);
        }
    }

    /// <summary>Closes an open survey; one that is not open (closed already, by staff, its deadline or its N responses) is left alone.</summary>
    public async Task<Survey> CloseAsync(Survey survey, CancellationToken cancellationToken)
    {
        var closing = false;
        var now = clock.GetUtcNow();
        var closed = await store.UpdateAsync(survey.Id, s =>
        {
            closing = s.Status == SurveyStatus.Open;
            return closing ? s with { Status = SurveyStatus.Closed, ClosedAt = now } : null;
        }, cancellationToken) ?? survey;
        if (!closing)
        {
            return closed;
        }
        if (closed.Anonymous)
        {
            // No more answers will come to hide among. Answers still in flight are counted by the next counting run.
            await store.FlushAnonymousAsync(closed.Id, 1, cancellationToken);
        }
        LogClosed(logger, survey.Id);
        return closed;
    }

    /// <summary>The survey with how many members its invitations reached so far (the response rate's denominator).</summary>
    public async Task<Survey> WithInvitedAsync(Survey survey, CancellationToken cancellationToken) =>
        survey.Status is SurveyStatus.Draft or SurveyStatus.Scheduled ? survey
        : survey with { Invited = (await deliveries.ProgressAsync(InvitationsOf(survey.Id), cancellationToken))?.Total ?? 0 };

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {SurveyId} closed")]
    private static partial void LogClosed(ILogger logger, string surveyId);
}
