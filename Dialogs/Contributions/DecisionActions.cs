using CollabBot.Cards.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Questions;

namespace CollabBot.Dialogs.Contributions;

/// <summary>
/// A staff button on a contribution's card. The change is applied with its ETag (two staff at once both land, or the
/// second finds nothing left to do), kept in its history, and the card updated in place through the delivery engine
/// (not also redrawn here when pressed on that card: it would be drawn twice).
/// </summary>
public abstract class ContributionAction(ContributionServices services) : ICardAction
{
    public abstract string Verb { get; }

    public Role Required => Role.Staff;

    protected ContributionServices Services => services;

    /// <summary>The change to make, or null after telling the sender why there is none.</summary>
    protected abstract Task<Func<Contribution, Contribution?>?> ChangeAsync(Turn turn, CardSubmit submit, ContributionChannel channel, Contribution c,
        DateTimeOffset now, CancellationToken cancellationToken);

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await services.FindAsync(turn, submit, cancellationToken) is not var (channel, found))
        {
            return;
        }
        if (await ChangeAsync(turn, submit, channel, found, services.Clock.GetUtcNow(), cancellationToken) is not { } change)
        {
            return;
        }
        Contribution? before = null;
        var after = await services.Store.UpdateAsync(found.Kind, found.Number, current =>
        {
            before = current;
            return change(current);
        }, cancellationToken);
        if (after is null || before is null)
        {
            turn.Say("That contribution does not exist.");
            return;
        }
        if (ReferenceEquals(before, after))
        {
            turn.Say(after.IsOpen ? $"{after.Code} is already {ContributionViews.StatusName(after.Status)}." : $"{after.Code} was already decided: {ContributionViews.StatusName(after.Status)}.");
            return;
        }
        await services.Flow.ChangedAsync(before, after, cancellationToken);
        if (after.Status == ContributionStatus.Accepted)
        {
            await channel.AcceptedAsync(after, cancellationToken);
        }
        if (turn.Conversation == ConversationKind.Channel && turn.PressedMessageId is { } pressed
            && pressed == await services.Flow.MessageIdAsync(after, cancellationToken))
        {
            return;
        }
        if (await services.Views.CardAsync(after, cancellationToken) is { } view)
        {
            turn.Replace(ContributionCard.Build(view));
        }
    }
}

/// <summary>"Take it": the staff member who pressed it owns it; the pings stop.</summary>
public sealed class TakeContributionAction(ContributionServices services) : ContributionAction(services)
{
    public override string Verb => ContributionVerbs.Take;

    protected override Task<Func<Contribution, Contribution?>?> ChangeAsync(Turn turn, CardSubmit submit, ContributionChannel channel, Contribution c,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var me = QuestionPings.PersonKey(turn.Sender.Id);
        return Task.FromResult<Func<Contribution, Contribution?>?>(current => current.Status == ContributionStatus.Received
            ? (current with { Status = ContributionStatus.Taken, TakenBy = me, TakenByName = turn.Sender.Name }).With(now, turn.Sender.Name, "Took it")
            : null);
    }
}

/// <summary>A decision (answer, link to a plan item, accept, ask for changes, decline) with what its sender is told.</summary>
public sealed class DecideContributionAction(ContributionServices services) : ContributionAction(services)
{
    public const int MaxReply = 2000;

    public override string Verb => ContributionVerbs.Decide;

    protected override async Task<Func<Contribution, Contribution?>?> ChangeAsync(Turn turn, CardSubmit submit, ContributionChannel channel, Contribution c,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ContributionOutcome>(submit[ContributionVerbs.OutcomeKey], out var outcome) || !channel.Outcomes.Contains(outcome)
            || submit[ContributionVerbs.OutcomeKey] != outcome.ToString())
        {
            turn.Say($"That button is not one of {channel.EnglishName}'s decisions; press one on {c.Code}'s card.");
            return null;
        }
        var choice = ContributionViews.Choice(outcome);
        var reply = (submit[ContributionVerbs.ReplyInputOf(outcome.ToString())] ?? "").Trim();
        if (choice.ReplyRequired && reply.Length == 0)
        {
            turn.Say($"Write what {c.SenderName} will read first, then press \"{choice.Confirm}\" again.");
            return null;
        }
        if (reply.Length > MaxReply)
        {
            turn.Say($"That is {reply.Length} characters long; keep it under {MaxReply}.");
            return null;
        }
        LinkedPlan? plan = null;
        if (outcome == ContributionOutcome.LinkToPlan)
        {
            plan = await channel.PlanAsync(c, submit[ContributionVerbs.PlanInput], cancellationToken);
            if (plan is null)
            {
                turn.Say("Choose one of the product's plan items on the card first.");
                return null;
            }
        }
        var status = ContributionViews.StatusAfter(outcome);
        var by = turn.Sender.Name;
        var me = QuestionPings.PersonKey(turn.Sender.Id);
        return current => !current.IsOpen || current.Status == status
            ? null
            : (current with
            {
                Status = status,
                Reply = reply.Length > 0 ? reply : null,
                DecidedByName = by,
                DecidedAt = now,
                Plan = plan ?? current.Plan,
                TakenBy = current.TakenBy ?? me,
                TakenByName = current.TakenByName ?? by,
            }).With(now, by, plan is null ? choice.Title : $"Linked it to \"{plan.Title}\"");
    }
}
