using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// Keeps staff on what waits: a question nobody took is pinged in its ticket's thread with an @mention of the staff on
/// duty; a taken one unanswered past its due time reminds its assignee, and after <see cref="QuestionOptions.EscalateAfter"/>
/// reminders is escalated to the lead (once); an owed follow-up reminds its owner. Each round is a due item whose id names the
/// question, what it waits for and the round, and each message a broadcast with such an id: a round runs once, and
/// sends once, whichever instance runs it and however often it is retried. A round that finds the question moved on
/// does nothing (the change scheduled its own). Rounds fall in working hours only.
/// </summary>
public sealed class QuestionPings(IQuestionStore store, IDeliveries deliveries, IMemberStore members, IOptions<QuestionOptions> options,
    TimeProvider clock) : IDueHandler
{
    public const string Kind = "question.ping";

    string IDueHandler.Kind => Kind;

    private QuestionOptions Options => options.Value;

    /// <summary>What the question waits for now (a key that changes when it moves on), and from when; null when nothing.</summary>
    public static (string Stage, DateTimeOffset First)? Waiting(Question q, QuestionOptions o) => q switch
    {
        { IsOpen: false } => null,
        { Status: QuestionStatus.Received } => ("take", WorkingTime.After(q.Asked, o.TakeWithin, o)),
        { Status: QuestionStatus.Taken, DueAt: { } due, AssigneeId: { } assignee } => ($"answer-{Key(assignee)}-{Ticks(due)}", WorkingTime.NextFrom(due, o)),
        { Status: QuestionStatus.FollowUpOwed, FollowUpDue: { } due, FollowUpOwner: { } owner } =>
            ($"followup-{Key(owner)}-{Ticks(due)}", WorkingTime.NextFrom(due, o)),
        _ => null,
    };

    /// <summary>Schedules the first round of what the question waits for now (asking again schedules nothing more).</summary>
    public Task ScheduleAsync(Question q, CancellationToken cancellationToken) =>
        Waiting(q, Options) is var (stage, first) ? deliveries.ScheduleAsync(Round(q, stage, 0, first), cancellationToken) : Task.CompletedTask;

    public async Task RunAsync(string payload, CancellationToken cancellationToken)
    {
        if (payload.Split('|') is not [var meetingId, var n, var stage, var r]
            || !int.TryParse(n, CultureInfo.InvariantCulture, out var number) || !int.TryParse(r, CultureInfo.InvariantCulture, out var round))
        {
            return;
        }
        if (await store.FindAsync(meetingId, number, cancellationToken) is not { } q || Waiting(q, Options)?.Stage != stage)
        {
            return;
        }
        var now = clock.GetUtcNow();
        if (WorkingTime.NextFrom(now, Options) is var working && working > now)
        {
            // Run late (the bot was down): wait for the working day rather than ping at night.
            await deliveries.ScheduleAsync(Round(q, stage, round, working) with { Id = $"{RoundId(q, stage, round)}:{Ticks(working)}" }, cancellationToken);
            return;
        }
        var sent = stage == "take" ? await PingOnDutyAsync(q, round, cancellationToken) : await RemindAsync(q, stage, round, cancellationToken);
        // With nobody to tell yet (no staff channel, nobody on duty known), the same round is tried again later.
        var every = stage == "take" ? Options.TakeWithin : Options.AnswerWithin;
        var next = WorkingTime.After(now, every, Options);
        await deliveries.ScheduleAsync(sent ? Round(q, stage, round + 1, next) : Round(q, stage, round, next) with { Id = $"{RoundId(q, stage, round)}:{Ticks(next)}" },
            cancellationToken);
    }

    private async Task<bool> PingOnDutyAsync(Question q, int round, CancellationToken cancellationToken)
    {
        var id = $"{RoundId(q, "take", round)}:ping";
        var thread = await store.FindStaffChannelAsync(cancellationToken) is { } channel
            ? await deliveries.ThreadAsync(QuestionTickets.TicketOf(channel, q.MeetingId, q.Number), QuestionTickets.ChannelKey, cancellationToken)
            : null;
        if (thread is not null)
        {
            await deliveries.BroadcastAsync(new BroadcastRequest(id, Audience.To(thread), PingContent.Kind, Payload(q, "take", round),
                DeliveryPriority.Urgent, $"Ping for {q.Id}"), cancellationToken);
            return true;
        }
        // No staff channel (or the ticket is not out yet): the staff on duty are told in their own chats.
        var onDuty = await PeopleAsync(Options.OnDuty, cancellationToken);
        if (onDuty.Length == 0)
        {
            return false;
        }
        await deliveries.BroadcastAsync(new BroadcastRequest(id, Audience.Only(onDuty), PingContent.Kind, Payload(q, "take", round),
            DeliveryPriority.Urgent, $"Ping for {q.Id}"), cancellationToken);
        return true;
    }

    private async Task<bool> RemindAsync(Question q, string stage, int round, CancellationToken cancellationToken)
    {
        var owner = stage.StartsWith("followup", StringComparison.Ordinal) ? q.FollowUpOwner : q.AssigneeId;
        if (owner is null || ParseMember(owner) is not { } person)
        {
            return false;
        }
        await deliveries.BroadcastAsync(new BroadcastRequest($"{RoundId(q, stage, round)}:remind", Audience.Only(person), ReminderContent.Kind,
            Payload(q, stage, round), DeliveryPriority.Urgent, $"Reminder for {q.Id}"), cancellationToken);
        if (round == Options.EscalateAfter && Options.Lead is { Length: > 0 } lead && (await PeopleAsync([lead], cancellationToken)) is { Length: > 0 } leads)
        {
            await deliveries.BroadcastAsync(new BroadcastRequest($"{RoundId(q, stage, round)}:escalate", Audience.Only(leads), EscalationContent.Kind,
                Payload(q, stage, round), DeliveryPriority.Urgent, $"Escalation of {q.Id}"), cancellationToken);
        }
        return true;
    }

    private async Task<MemberId[]> PeopleAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken) =>
        objectIds.Count == 0 ? [] : [.. (await members.FindByObjectIdsAsync(objectIds, cancellationToken)).Select(m => m.Id)];

    private DueItem Round(Question q, string stage, int round, DateTimeOffset at) =>
        new(RoundId(q, stage, round), at, Kind, Payload(q, stage, round));

    private static string RoundId(Question q, string stage, int round) =>
        $"qping:{q.MeetingId}:{q.Number.ToString(CultureInfo.InvariantCulture)}:{stage}:{round.ToString(CultureInfo.InvariantCulture)}";

    public static string Payload(Question q, string stage, int round) =>
        $"{q.MeetingId}|{q.Number.ToString(CultureInfo.InvariantCulture)}|{stage}|{round.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A person as a question keeps them (assignee, follow-up owner): "tenant/objectId".</summary>
    public static string PersonKey(MemberId id) => id.ToString();

    public static MemberId? ParseMember(string key) =>
        key.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? new MemberId(key[..slash], key[(slash + 1)..]) : null;

    private static string Key(string person) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(person)))[..12];

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
