using System.Globalization;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// A staff button on a question's ticket card. The change is applied to the stored question with its ETag (two staff
/// pressing at once both land, or the second finds nothing left to do), recorded in its history, and then the ticket
/// is updated in place (at once when pressed on it, and through the delivery engine for every copy), the next ping
/// scheduled and the askers told when it moved on. A closed or merged question takes no more changes.
/// </summary>
public abstract class TicketAction(TicketActionServices services) : ICardAction
{
    public abstract string Verb { get; }

    public Role Required => Role.Staff;

    protected TicketActionServices Services => services;

    /// <summary>The change to make, or null after telling the sender why there is none.</summary>
    protected abstract Task<Func<Question, Question?>?> ChangeAsync(Turn turn, CardSubmit submit, Question question, DateTimeOffset now,
        CancellationToken cancellationToken);

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit[QuestionVerbs.MeetingKey] is not { } meetingId || !int.TryParse(submit[QuestionVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await services.Store.FindAsync(meetingId, number, cancellationToken) is not { } question)
        {
            turn.Say("That question no longer exists.");
            return;
        }
        if (!question.IsOpen)
        {
            turn.Say($"{question.Id} is {(question.MergedInto is { } into ? "merged into " + into : "closed")}: nothing more can be done to it.");
            await ShowAsync(turn, question, cancellationToken);
            return;
        }
        var now = services.Clock.GetUtcNow();
        if (await ChangeAsync(turn, submit, question, now, cancellationToken) is not { } change)
        {
            return;
        }
        Question? before = null;
        var after = await services.Store.UpdateAsync(meetingId, number, current =>
        {
            before = current;
            return current.IsOpen ? change(current) : null;
        }, cancellationToken);
        if (after is null || before is null)
        {
            turn.Say("That question no longer exists.");
            return;
        }
        if (!ReferenceEquals(before, after))
        {
            await services.Tickets.ChangedAsync(before, after, cancellationToken);
            await AfterAsync(turn, before, after, cancellationToken);
            if (await PressedOnTheTicketAsync(turn, after, cancellationToken))
            {
                return;
            }
        }
        await ShowAsync(turn, after, cancellationToken);
    }

    /// <summary>What else the change does once stored (a merge also changes the question merged into).</summary>
    protected virtual Task AfterAsync(Turn turn, Question before, Question after, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Pressed on the ticket itself: the delivery engine updates it in place, in the order of the question's versions,
    /// so updating it here too would redraw it twice (closing what staff opened on it meanwhile).
    /// </summary>
    private async Task<bool> PressedOnTheTicketAsync(Turn turn, Question question, CancellationToken cancellationToken) =>
        turn.Conversation == ConversationKind.Channel && turn.PressedMessageId is { } pressed
        && pressed == await services.Tickets.MessageIdAsync(question, cancellationToken);

    private async Task ShowAsync(Turn turn, Question question, CancellationToken cancellationToken)
    {
        var card = TicketCard.Build(await services.Views.TicketAsync(question, cancellationToken));
        if (turn.Conversation == ConversationKind.Channel)
        {
            turn.Replace(card);
        }
        else
        {
            turn.Show(card);
        }
    }
}

/// <summary>What every ticket action needs, in one place.</summary>
public sealed class TicketActionServices(IQuestionStore store, QuestionTickets tickets, QuestionViews views, IOptions<QuestionOptions> options,
    IOptions<CollabOptions> collab, TimeProvider clock)
{
    public IQuestionStore Store => store;
    public QuestionTickets Tickets => tickets;
    public QuestionViews Views => views;
    public QuestionOptions Options => options.Value;
    public CollabOptions Collab => collab.Value;
    public TimeProvider Clock => clock;

    /// <summary>Taken by someone: the answer is owed within <see cref="QuestionOptions.AnswerWithin"/> of working time.</summary>
    /// <param name="by">Who did it (the history's actor), not necessarily the one it is given to.</param>
    public Question Assign(Question q, MemberId who, string name, string by, DateTimeOffset now, string what) =>
        (q with
        {
            Status = QuestionStatus.Taken,
            AssigneeId = QuestionPings.PersonKey(who),
            AssigneeName = name,
            DueAt = WorkingTime.After(now, Options.AnswerWithin, Options),
        }).With(now, by, what);
}

public sealed class TakeAction(TicketActionServices services) : TicketAction(services)
{
    public override string Verb => QuestionVerbs.Take;

    protected override Task<Func<Question, Question?>?> ChangeAsync(Turn turn, CardSubmit submit, Question question, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        Task.FromResult<Func<Question, Question?>?>(q => q.AssigneeId == QuestionPings.PersonKey(turn.Sender.Id) && q.Status == QuestionStatus.Taken
            ? null
            : Services.Assign(q, turn.Sender.Id, turn.Sender.Name, turn.Sender.Name, now, "took it"));
}

public sealed class AssignAction(TicketActionServices services) : TicketAction(services)
{
    public override string Verb => QuestionVerbs.Assign;

    protected override async Task<Func<Question, Question?>?> ChangeAsync(Turn turn, CardSubmit submit, Question question, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var chosen = submit[QuestionVerbs.AssigneeInput] is { } key ? QuestionPings.ParseMember(key) : null;
        var staff = chosen is { } id && Services.Collab.IsStaff(id.ObjectId)
            ? (await Services.Views.StaffAsync(cancellationToken)).FirstOrDefault(m => m.Id == id)
            : null;
        if (staff is null)
        {
            turn.Say("Choose a member of staff to assign it to (only staff who have spoken to the bot can be reminded).");
            return null;
        }
        return q => q.AssigneeId == QuestionPings.PersonKey(staff.Id) && q.Status == QuestionStatus.Taken
            ? null
            : Services.Assign(q, staff.Id, staff.Name, turn.Sender.Name, now, $"assigned it to {staff.Name}");
    }
}

public sealed class AnswerAction(TicketActionServices services) : TicketAction(services)
{
    public const int MaxAnswerLength = 4000;

    public override string Verb => QuestionVerbs.AnswerIt;

    protected override Task<Func<Question, Question?>?> ChangeAsync(Turn turn, CardSubmit submit, Question question, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var answer = submit[QuestionVerbs.AnswerInput]?.Trim() ?? "";
        if (answer.Length == 0 || answer.Length > MaxAnswerLength)
        {
            turn.Say(answer.Length == 0 ? "Type the answer on the card first." : $"The answer is {answer.Length} characters long; keep it under {MaxAnswerLength}.");
            return Task.FromResult<Func<Question, Question?>?>(null);
        }
        var publish = string.Equals(submit[QuestionVerbs.PublishInput], "true", StringComparison.OrdinalIgnoreCase);
        return Task.FromResult<Func<Question, Question?>?>(q => q.Answer == answer && q.Published == publish
            ? null
            : (q with
            {
                Status = QuestionStatus.Answered,
                Answer = answer,
                AnsweredBy = turn.Sender.Name,
                Published = publish,
                AssigneeId = q.AssigneeId ?? QuestionPings.PersonKey(turn.Sender.Id),
                AssigneeName = q.AssigneeName ?? turn.Sender.Name,
            }).With(now, turn.Sender.Name, publish ? "answered it (published)" : "answered it (to the asker)"));
    }
}

public sealed class AgendaAction(TicketActionServices services) : TicketAction(services)
{
    public override string Verb => QuestionVerbs.Agenda;

    protected override Task<Func<Question, Question?>?> ChangeAsync(Turn turn, CardSubmit submit, Question question, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        Task.FromResult<Func<Question, Question?>?>(q => q.Status == QuestionStatus.OnAgenda
            ? null
            : (q with { Status = QuestionStatus.OnAgenda }).With(now, turn.Sender.Name, "put it on the agenda"));
}

public sealed class CloseAction(TicketActionServices services) : TicketAction(services)
{
    public override string Verb => QuestionVerbs.Close;

    protected override Task<Func<Question, Question?>?> ChangeAsync(Turn turn, CardSubmit submit, Question question, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        Task.FromResult<Func<Question, Question?>?>(q => (q with { Status = QuestionStatus.Closed }).With(now, turn.Sender.Name, "closed it"));
}

/// <summary>
/// Merges a question into another of the same meeting: the other gains its askers (told of its changes from now on)
/// and its voices, once however often this is pressed; this one is closed as merged.
/// </summary>
public sealed class MergeAction(TicketActionServices services) : TicketAction(services)
{
    public override string Verb => QuestionVerbs.Merge;

    protected override async Task<Func<Question, Question?>?> ChangeAsync(Turn turn, CardSubmit submit, Question question, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var typed = (submit[QuestionVerbs.MergeIntoInput] ?? "").Trim().TrimStart('Q', 'q');
        if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var into) || into == question.Number
            || await Services.Store.FindAsync(question.MeetingId, into, cancellationToken) is not { IsOpen: true } target)
        {
            turn.Say($"Type the number of another open question of the same meeting (such as Q{(question.Number == 1 ? 2 : 1)}) to merge {question.Id} into.");
            return null;
        }
        // The question merged into first: if this stops half-way, pressing again finishes it and adds nothing twice.
        await Services.Store.UpdateAsync(question.MeetingId, into, t => t.AlsoTell.Contains(question.Asker) ? null
            : (t with
            {
                AlsoTell = [.. t.AlsoTell, question.Asker, .. question.AlsoTell.Where(a => !t.AlsoTell.Contains(a))],
                Voices = t.Voices + question.Voices + 1,
            }).With(now, turn.Sender.Name, $"merged {question.Id} into it"), cancellationToken);
        return q => (q with { MergedInto = target.Id }).With(now, turn.Sender.Name, $"merged it into {target.Id}");
    }

    protected override async Task AfterAsync(Turn turn, Question before, Question after, CancellationToken cancellationToken)
    {
        if (after.MergedInto is { } into && int.TryParse(into.TrimStart('Q'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && await Services.Store.FindAsync(after.MeetingId, number, cancellationToken) is { } target)
        {
            await Services.Tickets.RefreshAsync(target, cancellationToken);
        }
    }
}

/// <summary>
/// After the meeting, what the minutes record: answered in the meeting, answered in the minutes (both published to
/// members with the minutes), or a follow-up owed by a date with an owner, pinged like an open question until done.
/// </summary>
public sealed class OutcomeAction(TicketActionServices services) : TicketAction(services)
{
    public override string Verb => QuestionVerbs.RecordOutcome;

    protected override async Task<Func<Question, Question?>?> ChangeAsync(Turn turn, CardSubmit submit, Question question, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var text = submit[QuestionVerbs.OutcomeTextInput]?.Trim() is { Length: > 0 } t ? t : null;
        if (text?.Length > AnswerAction.MaxAnswerLength)
        {
            turn.Say($"That text is {text.Length} characters long; keep it under {AnswerAction.MaxAnswerLength}.");
            return null;
        }
        switch (submit[QuestionVerbs.OutcomeInput])
        {
            case "meeting" or "minutes" when text is null && question.Answer is null:
                turn.Say("Type the answer as the minutes should record it.");
                return null;
            case "meeting":
                return q => Answered(q, QuestionStatus.AnsweredInMeeting, QuestionOutcome.AnsweredInMeeting, text, turn, now, "recorded it as answered in the meeting");
            case "minutes":
                return q => Answered(q, QuestionStatus.Answered, QuestionOutcome.AnsweredInMinutes, text, turn, now, "recorded it as answered in the minutes");
            case "followup":
                return await FollowUpAsync(turn, submit, text, now, cancellationToken);
            default:
                turn.Say("Choose the outcome: answered in the meeting, answered in the minutes, or a follow-up owed.");
                return null;
        }
    }

    private static Question Answered(Question q, QuestionStatus status, QuestionOutcome outcome, string? text, Turn turn, DateTimeOffset now, string what) =>
        (q with
        {
            Status = status,
            Outcome = outcome,
            Answer = text ?? q.Answer,
            AnsweredBy = text is null ? q.AnsweredBy : turn.Sender.Name,
            Published = true,
        }).With(now, turn.Sender.Name, what);

    private async Task<Func<Question, Question?>?> FollowUpAsync(Turn turn, CardSubmit submit, string? text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var chosen = submit[QuestionVerbs.FollowUpOwnerInput] is { } key ? QuestionPings.ParseMember(key) : null;
        var owner = chosen is { } id && Services.Collab.IsStaff(id.ObjectId)
            ? (await Services.Views.StaffAsync(cancellationToken)).FirstOrDefault(m => m.Id == id)
            : null;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Services.Options.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (owner is null || !DateOnly.TryParseExact(submit[QuestionVerbs.FollowUpDueInput]?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var day) || day < today)
        {
            turn.Say("A follow-up needs its owner (staff who have spoken to the bot) and the day it is due, today or later.");
            return null;
        }
        // Due at the end of that working day, where the staff work.
        var endOfDay = day.ToDateTime(TimeOnly.FromTimeSpan(Services.Options.WorkEnds));
        var due = new DateTimeOffset(endOfDay, zone.GetUtcOffset(endOfDay));
        return q => (q with
        {
            Status = QuestionStatus.FollowUpOwed,
            Outcome = QuestionOutcome.FollowUp,
            FollowUpOwner = QuestionPings.PersonKey(owner.Id),
            FollowUpOwnerName = owner.Name,
            FollowUpDue = due,
            MinutesNote = text ?? q.MinutesNote,
        }).With(now, turn.Sender.Name, $"recorded a follow-up owed by {owner.Name} by {day:yyyy-MM-dd}");
    }
}
