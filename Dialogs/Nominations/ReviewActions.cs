using System.Globalization;
using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Nominations;

/// <summary>What every staff action on a nomination needs, in one place.</summary>
public sealed class ReviewServices(INominationStore store, NominationFlow flow, NominationViews views, QuestionViews staff, IDeliveries deliveries,
    IOptions<NominationOptions> options, TimeProvider clock)
{
    public INominationStore Store => store;
    public NominationFlow Flow => flow;
    public NominationViews Views => views;
    public QuestionViews Staff => staff;
    public IDeliveries Deliveries => deliveries;
    public NominationOptions Options => options.Value;
    public TimeProvider Clock => clock;

    public static int? NumberOf(CardSubmit submit) =>
        int.TryParse(submit[NominationVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The nomination a button names; null after telling the sender it no longer exists.</summary>
    public async Task<Nomination?> FindAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (NumberOf(submit) is { } number && await store.FindAsync(number, cancellationToken) is { } nomination)
        {
            return nomination;
        }
        turn.Say("That nomination no longer exists.");
        return null;
    }
}

/// <summary>
/// A staff button on a nomination's card. The change is applied with the nomination's ETag (two reviewers at once both
/// land), kept in its audit trail, and the card updated in place through the delivery engine (not also redrawn here
/// when pressed on that card: it would be drawn twice).
/// </summary>
public abstract class ReviewAction(ReviewServices services) : ICardAction
{
    public abstract string Verb { get; }

    public Role Required => Role.Staff;

    protected ReviewServices Services => services;

    /// <summary>The change to make, or null after telling the sender why there is none.</summary>
    protected abstract Task<Func<Nomination, Nomination?>?> ChangeAsync(Turn turn, CardSubmit submit, Nomination nomination, DateTimeOffset now,
        CancellationToken cancellationToken);

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await services.FindAsync(turn, submit, cancellationToken) is not { } nomination)
        {
            return;
        }
        var number = nomination.Number;
        var now = services.Clock.GetUtcNow();
        if (await ChangeAsync(turn, submit, nomination, now, cancellationToken) is not { } change)
        {
            return;
        }
        Nomination? before = null;
        var after = await services.Store.UpdateAsync(number, current =>
        {
            before = current;
            return change(current);
        }, cancellationToken);
        if (after is null || before is null)
        {
            turn.Say("That nomination no longer exists.");
            return;
        }
        if (!ReferenceEquals(before, after))
        {
            await services.Flow.ChangedAsync(before, after, cancellationToken);
            await AfterAsync(turn, after, cancellationToken);
            if (turn.Conversation == ConversationKind.Channel && turn.PressedMessageId is { } pressed
                && pressed == await services.Flow.MessageIdAsync(after, cancellationToken))
            {
                return;
            }
        }
        var card = NominationCard.Build(await services.Views.CardAsync(after, cancellationToken));
        if (turn.Conversation == ConversationKind.Channel)
        {
            turn.Replace(card);
        }
        else
        {
            turn.Show(card);
        }
    }

    protected virtual Task AfterAsync(Turn turn, Nomination after, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The change with the decision the reviews now reach, if any.</summary>
    protected Nomination Decided(Nomination n, DateTimeOffset now)
    {
        if (ReviewPanel.Outcome(n, Services.Options.RuleFor(n.Kind)) is not var (status, summary))
        {
            return n;
        }
        var term = status == NominationStatus.Accepted && n.Kind != NominationKind.Speaker
            ? DateOnly.FromDateTime(now.UtcDateTime).AddYears(Services.Options.TermYears)
            : (DateOnly?)null;
        return (n with { Status = status, Decision = summary, DecidedBy = "the review panel", DecidedAt = now, TermUntil = term })
            .With(now, "The review panel", status == NominationStatus.Accepted ? Steps.Accepted : Steps.Declined);
    }
}

public sealed class ReviewNominationAction(ReviewServices services) : ReviewAction(services)
{
    public override string Verb => NominationVerbs.Review;

    protected override Task<Func<Nomination, Nomination?>?> ChangeAsync(Turn turn, CardSubmit submit, Nomination nomination, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var reviewer = QuestionPings.PersonKey(turn.Sender.Id);
        var score = int.TryParse(submit[NominationVerbs.ScoreInput], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 5 ? s : (int?)null;
        var recommends = submit[NominationVerbs.RecommendInput] switch { "accept" => true, "decline" => false, _ => (bool?)null };
        var comment = (submit[NominationVerbs.CommentInput] ?? "").Trim();
        string? problem = ReviewPanel.Refusal(nomination, reviewer, scoring: true)
            ?? (score is null || recommends is null ? "Choose a score from 1 to 5 and a recommendation on the card first." : null)
            ?? (comment.Length > 1000 ? $"The comment is {comment.Length} characters long; keep it under 1000." : null);
        if (problem is not null)
        {
            turn.Say(problem);
            return Task.FromResult<Func<Nomination, Nomination?>?>(null);
        }
        var review = new NominationReview(reviewer, turn.Sender.Name, false, score, recommends, comment.Length > 0 ? comment : null, now);
        return Task.FromResult<Func<Nomination, Nomination?>?>(n =>
        {
            // Checked again on the stored nomination: another reviewer may have decided it, or this one declared a conflict, meanwhile.
            if (ReviewPanel.Refusal(n, reviewer, scoring: true) is not null
                || n.Reviews.Any(r => r.Reviewer == reviewer && r.Score == score && r.Recommends == recommends && r.Comment == review.Comment))
            {
                return null;
            }
            var reviewed = (n with { Reviews = [.. n.Reviews.Where(r => r.Reviewer != reviewer), review] })
                .With(now, turn.Sender.Name, $"reviewed it: {score}/5, {(recommends == true ? "accept" : "decline")}");
            return Decided(reviewed, now);
        });
    }
}

public sealed class DeclareConflictAction(ReviewServices services) : ReviewAction(services)
{
    public override string Verb => NominationVerbs.Conflict;

    protected override Task<Func<Nomination, Nomination?>?> ChangeAsync(Turn turn, CardSubmit submit, Nomination nomination, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var reviewer = QuestionPings.PersonKey(turn.Sender.Id);
        if (ReviewPanel.Refusal(nomination, reviewer, scoring: false) is { } problem)
        {
            turn.Say(problem);
            return Task.FromResult<Func<Nomination, Nomination?>?>(null);
        }
        return Task.FromResult<Func<Nomination, Nomination?>?>(n => n.Status != NominationStatus.UnderReview || n.Reviews.Any(r => r.Reviewer == reviewer && r.Conflict)
            ? null
            : Decided((n with
            {
                Reviews = [.. n.Reviews.Where(r => r.Reviewer != reviewer), new NominationReview(reviewer, turn.Sender.Name, true, null, null, null, now)],
            }).With(now, turn.Sender.Name, "declared a conflict of interest"), now));
    }
}

public sealed class AssignReviewersAction(ReviewServices services) : ReviewAction(services)
{
    public override string Verb => NominationVerbs.AssignReviewers;

    protected override async Task<Func<Nomination, Nomination?>?> ChangeAsync(Turn turn, CardSubmit submit, Nomination nomination, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var staff = (await Services.Staff.StaffAsync(cancellationToken)).ToDictionary(m => QuestionPings.PersonKey(m.Id), m => m.Name);
        var chosen = (submit[NominationVerbs.ReviewersInput] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(c => !staff.ContainsKey(c)))
        {
            turn.Say("Choose the staff to review it (only staff who have spoken to the bot can be asked).");
            return null;
        }
        if (nomination.Status != NominationStatus.UnderReview)
        {
            turn.Say($"{nomination.Id} is {NominationViews.StatusName(nomination.Status)}: it needs no reviewers now.");
            return null;
        }
        return n => n.Status != NominationStatus.UnderReview || n.Reviewers.SequenceEqual(chosen)
            ? null
            : (n with { Reviewers = chosen }).With(now, turn.Sender.Name, $"asked {string.Join(", ", chosen.Select(c => staff[c]))} to review it");
    }

    protected override async Task AfterAsync(Turn turn, Nomination after, CancellationToken cancellationToken)
    {
        var asked = after.Reviewers.Select(QuestionPings.ParseMember).OfType<MemberId>().ToArray();
        await Services.Deliveries.BroadcastAsync(new BroadcastRequest(
            $"nomination-reviewers:{after.Number.ToString(CultureInfo.InvariantCulture)}:v{after.Version.ToString(CultureInfo.InvariantCulture)}",
            Audience.Only(asked), ReviewRequestContent.Kind, after.Number.ToString(CultureInfo.InvariantCulture), DeliveryPriority.Urgent,
            $"Reviewers of {after.Id}"), cancellationToken);
    }
}

public sealed class HoldNominationAction(ReviewServices services) : ReviewAction(services)
{
    public override string Verb => NominationVerbs.Hold;

    protected override Task<Func<Nomination, Nomination?>?> ChangeAsync(Turn turn, CardSubmit submit, Nomination nomination, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        Task.FromResult<Func<Nomination, Nomination?>?>(n => n.Status == NominationStatus.UnderReview
            ? (n with { Status = NominationStatus.OnHold }).With(now, turn.Sender.Name, Steps.OnHold)
            : null);
}

public sealed class ResumeNominationAction(ReviewServices services) : ReviewAction(services)
{
    public override string Verb => NominationVerbs.Resume;

    protected override Task<Func<Nomination, Nomination?>?> ChangeAsync(Turn turn, CardSubmit submit, Nomination nomination, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        Task.FromResult<Func<Nomination, Nomination?>?>(n => n.Status == NominationStatus.OnHold
            ? (n with { Status = NominationStatus.UnderReview }).With(now, turn.Sender.Name, Steps.Resumed)
            : null);
}

/// <summary>Brings up a nomination's card (from the staff lists); changes nothing.</summary>
public sealed class ShowNominationAction(ReviewServices services) : ICardAction
{
    public string Verb => NominationVerbs.Show;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await services.FindAsync(turn, submit, cancellationToken) is not { } nomination)
        {
            return;
        }
        turn.Show(NominationCard.Build(await services.Views.CardAsync(nomination, cancellationToken)));
    }
}

/// <summary>Sends a nomination's contact details to the personal chat of the member of staff who asked: never into a channel.</summary>
public sealed class ContactDetailsAction(ReviewServices services) : ICardAction
{
    public string Verb => NominationVerbs.Contact;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await services.FindAsync(turn, submit, cancellationToken) is not { } nomination)
        {
            return;
        }
        var at = services.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await services.Deliveries.BroadcastAsync(new BroadcastRequest($"nomination-contact:{nomination.Number.ToString(CultureInfo.InvariantCulture)}:{turn.Sender.Id}:{at}",
            Audience.Only(turn.Sender.Id), NominationContactContent.Kind, nomination.Number.ToString(CultureInfo.InvariantCulture), DeliveryPriority.Urgent,
            $"Contact details of {nomination.Id}"), cancellationToken);
        turn.Say($"I've sent {nomination.Id}'s contact details to your personal chat with me.");
    }
}
