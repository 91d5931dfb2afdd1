using System.Threading.Channels;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Localization;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// Opening and closing surveys, and the work a background service repeats: invitations to every member of
/// the audience, reminders before the deadline to those who have not finished (each in the member's language),
/// closing at the deadline.
/// Each invitation and each reminder window is recorded before it is sent (insert-if-absent), so none goes
/// twice, even after a restart; closed surveys and finished members get nothing. Each round also counts the
/// anonymous answers waiting, once enough respondents wait to hide among (all of them when the survey closes).
/// </summary>
public sealed partial class SurveyCampaigns(
    ISurveyStore store,
    IMemberStore members,
    INotifier notifier,
    RespondentKeys keys,
    IOptions<SurveyOptions> options,
    TimeProvider clock,
    IStringLocalizer<SurveyTexts> texts,
    ILogger<SurveyCampaigns> logger)
{
    public const string Invitation = "invite";

    private readonly Channel<bool> nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public async Task<Survey> OpenAsync(Survey survey, CancellationToken cancellationToken)
    {
        var audience = await members.ListAsync(survey.Audience, cancellationToken);
        var opened = survey with { Status = SurveyStatus.Open, OpenedAt = clock.GetUtcNow(), Invited = audience.Count };
        await store.SaveAsync(opened, cancellationToken);
        Nudge();
        return opened;
    }

    public async Task<Survey> CloseAsync(Survey survey, CancellationToken cancellationToken)
    {
        var closed = survey with { Status = SurveyStatus.Closed, ClosedAt = clock.GetUtcNow() };
        await store.SaveAsync(closed, cancellationToken);
        if (closed.Anonymous)
        {
            await store.FlushAnonymousAsync(closed.Id, 1, cancellationToken); // no more answers will come to hide among
        }
        LogClosed(logger, survey.Id);
        return closed;
    }

    /// <summary>Asks the background service to run now (a survey was opened).</summary>
    public void Nudge() => nudges.Writer.TryWrite(true);

    /// <summary>Waits for the next check: the configured interval on the clock, or a nudge.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(options.Value.CheckEvery, clock, done.Token);
        var nudge = nudges.Reader.WaitToReadAsync(done.Token).AsTask();
        await Task.WhenAny(delay, nudge);
        await done.CancelAsync();
        nudges.Reader.TryRead(out _);
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var survey in await store.ListAsync(cancellationToken))
        {
            if (survey.Anonymous && survey.Status != SurveyStatus.Draft)
            {
                await store.FlushAnonymousAsync(survey.Id, survey.Status == SurveyStatus.Open ? options.Value.AnonymousBatch : 1, cancellationToken);
            }
            if (survey.Status != SurveyStatus.Open)
            {
                continue;
            }
            if (survey.Deadline is { } deadline && deadline <= clock.GetUtcNow())
            {
                await CloseAsync(survey, cancellationToken);
                continue;
            }
            await ReachAudienceAsync(survey, cancellationToken);
        }
    }

    private async Task ReachAudienceAsync(Survey survey, CancellationToken cancellationToken)
    {
        var audience = await members.ListAsync(survey.Audience, cancellationToken);
        var responses = (await store.ListResponsesAsync(survey.Id, cancellationToken)).ToDictionary(r => r.RespondentKey, StringComparer.Ordinal);
        var window = ReminderWindow(survey, clock.GetUtcNow());
        int invited = 0, reminded = 0;
        foreach (var member in audience)
        {
            var key = keys.For(survey, member.Id);
            var response = responses.GetValueOrDefault(key);
            var recipient = $"m:{member.Id.TenantId}:{member.Id.ObjectId}";
            if (await store.TryRecordDeliveryAsync(survey.Id, recipient, Invitation, clock.GetUtcNow(), cancellationToken))
            {
                await notifier.NotifyAsync(member.Id, Card(survey, member, reminder: false, response), cancellationToken);
                invited++;
            }
            else if (window is { } w && response?.Complete != true
                && (response = await WithWaitingAnswersAsync(survey, key, response, cancellationToken))?.Complete != true
                && await store.TryRecordDeliveryAsync(survey.Id, recipient, w, clock.GetUtcNow(), cancellationToken))
            {
                await notifier.NotifyAsync(member.Id, Card(survey, member, reminder: true, response), cancellationToken);
                reminded++;
            }
        }
        if (audience.Count > survey.Invited)
        {
            await store.SetInvitedAsync(survey.Id, audience.Count, cancellationToken);
        }
        if (invited + reminded > 0)
        {
            LogReached(logger, survey.Id, invited, reminded);
        }
    }

    // An anonymous respondent's latest answers may still wait to be counted: they count for "finished" too.
    private async Task<SurveyResponse?> WithWaitingAnswersAsync(Survey survey, string key, SurveyResponse? counted, CancellationToken cancellationToken) =>
        survey.Anonymous ? await store.FindResponseAsync(survey, key, cancellationToken) : counted;

    /// <summary>The reminder window now open ("remind-24h"), if any; windows that began before the survey opened are skipped.</summary>
    public string? ReminderWindow(Survey survey, DateTimeOffset now)
    {
        if (survey.Deadline is not { } deadline)
        {
            return null;
        }
        var current = options.Value.ReminderHoursBeforeDeadline
            .Where(h => h > 0 && now >= deadline.AddHours(-h))
            .Order()
            .Select(h => (double?)h)
            .FirstOrDefault();
        if (current is not { } hours || (survey.OpenedAt is { } opened && deadline.AddHours(-hours) < opened))
        {
            return null;
        }
        return $"remind-{hours.ToString(System.Globalization.CultureInfo.InvariantCulture)}h";
    }

    private CardReply Card(Survey survey, MemberRecord member, bool reminder, SurveyResponse? response)
    {
        using (MemberCulture.Use(member.SpeaksIn))
        {
            return new(InvitationCard.Build(new InvitationView(survey.Id, survey.Title, survey.Intro, survey.Questions.Count, survey.Deadline,
                survey.Anonymous, reminder, response?.Answers.Count(a => a.Value.Length > 0) ?? 0), SurveyTexts.Labels(texts)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {SurveyId}: {Invited} invitations, {Reminded} reminders sent")]
    private static partial void LogReached(ILogger logger, string surveyId, int invited, int reminded);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {SurveyId} closed")]
    private static partial void LogClosed(ILogger logger, string surveyId);
}
