using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Questions;

/// <summary>What staff are told about a question that waits (staff read English), built when sent: a ping sent after the question moved on says nothing.</summary>
public abstract class WaitingQuestionContent(IQuestionStore store, IOptions<QuestionOptions> options, TimeProvider clock) : IDeliveryContent
{
    string IDeliveryContent.Kind => ContentKind;

    protected abstract string ContentKind { get; }

    protected QuestionOptions Options => options.Value;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        if (payload.Split('|') is not [var meetingId, var n, var stage, _] || !int.TryParse(n, CultureInfo.InvariantCulture, out var number)
            || await store.FindAsync(meetingId, number, cancellationToken) is not { } q || QuestionPings.Waiting(q, Options)?.Stage != stage)
        {
            return null;
        }
        return await BuildAsync(q, clock.GetUtcNow(), cancellationToken);
    }

    protected abstract Task<Reply?> BuildAsync(Question q, DateTimeOffset now, CancellationToken cancellationToken);

    protected static string Quote(Question q) => q.Text.Length > 200 ? $"\"{q.Text[..200]}…\"" : $"\"{q.Text}\"";

    public static string AgeOf(DateTimeOffset since, DateTimeOffset now) => (now - since) switch
    {
        var d when d.TotalDays >= 2 => $"{(int)d.TotalDays} days",
        var d when d.TotalHours >= 2 => $"{(int)d.TotalHours} hours",
        var d => $"{Math.Max(1, (int)d.TotalMinutes)} minutes",
    };
}

/// <summary>In the ticket's thread: the staff on duty, mentioned, are asked to take a question nobody took.</summary>
public sealed class PingContent(IQuestionStore store, IMemberStore members, IOptions<QuestionOptions> options, TimeProvider clock)
    : WaitingQuestionContent(store, options, clock)
{
    public const string Kind = "question.ping";

    protected override string ContentKind => Kind;

    protected override async Task<Reply?> BuildAsync(Question q, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var onDuty = Options.OnDuty.Count == 0 ? [] : await members.FindByObjectIdsAsync(Options.OnDuty, cancellationToken);
        var mentions = onDuty.Where(m => m.Name.Length > 0).Select(m => new Mentioned(m.Id.ObjectId, m.Name)).ToList();
        var who = mentions.Count == 0 ? "Staff on duty" : string.Join(" ", mentions.Select(m => $"<at>{m.Name}</at>"));
        return new TextReply($"{who}: {q.Id} has waited {AgeOf(q.Asked, now)} for someone to take it: {Quote(q)}") { Mentions = mentions };
    }
}

/// <summary>To the assignee (or the owner of a follow-up): the answer is overdue.</summary>
public sealed class ReminderContent(IQuestionStore store, IOptions<QuestionOptions> options, TimeProvider clock)
    : WaitingQuestionContent(store, options, clock)
{
    public const string Kind = "question.remind";

    protected override string ContentKind => Kind;

    protected override Task<Reply?> BuildAsync(Question q, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<Reply?>(new TextReply(q.Status == QuestionStatus.FollowUpOwed
            ? $"Reminder: the follow-up on {q.Id} was due {Day(q.FollowUpDue)}. {Quote(q)} Record it with \"open questions\"."
            : $"Reminder: {q.Id}, which you took, was to be answered by {Day(q.DueAt)}. {Quote(q)} Answer it from its ticket card in the staff channel."));

    private static string Day(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "now";
}

/// <summary>To the lead: a question still unanswered after its assignee was reminded.</summary>
public sealed class EscalationContent(IQuestionStore store, IOptions<QuestionOptions> options, TimeProvider clock)
    : WaitingQuestionContent(store, options, clock)
{
    public const string Kind = "question.escalate";

    protected override string ContentKind => Kind;

    protected override Task<Reply?> BuildAsync(Question q, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<Reply?>(new TextReply(
            $"Escalation: {q.Id} is still unanswered after {Options.EscalateAfter} reminders to {q.AssigneeName ?? "its assignee"} (asked {AgeOf(q.Asked, now)} ago). {Quote(q)}"));
}
