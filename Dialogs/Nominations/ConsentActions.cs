using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Nominations;

/// <summary>
/// The member's side of a nomination: the nominator confirms the nominee agreed or withdraws it; a nominee who is a
/// member agrees or declines. Only they can (checked on the server), and pressing twice changes nothing.
/// </summary>
public abstract class ConsentAction(INominationStore store, NominationFlow flow, TimeProvider clock, IStringLocalizer<NominationTexts> texts) : ICardAction
{
    public abstract string Verb { get; }

    public Role Required => Role.Member;

    protected IStringLocalizer<NominationTexts> Texts => texts;

    /// <summary>Whether the sender is the one who may press this on the nomination.</summary>
    protected abstract bool Mine(Nomination n, Member sender);

    /// <summary>The change, or null when there is nothing (more) to do.</summary>
    protected abstract Nomination? Change(Nomination n, Member sender, DateTimeOffset now);

    /// <summary>What the sender is told once it is done (or was already done).</summary>
    protected abstract string Done(Nomination n);

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (ReviewServices.NumberOf(submit) is not { } number || await store.FindAsync(number, cancellationToken) is not { } found || !Mine(found, turn.Sender))
        {
            turn.Say(texts["NotYours"]);
            return;
        }
        var now = clock.GetUtcNow();
        Nomination? before = null;
        var after = await store.UpdateAsync(number, n =>
        {
            before = n;
            return Change(n, turn.Sender, now);
        }, cancellationToken);
        if (after is null || before is null)
        {
            turn.Say(texts["NotYours"]);
            return;
        }
        if (!ReferenceEquals(before, after))
        {
            await flow.ChangedAsync(before, after, cancellationToken);
            after = await flow.ReviewIfReadyAsync(after, cancellationToken);
        }
        turn.Say(Done(after));
    }

    protected static Nomination Withdrawn(Nomination n, DateTimeOffset now, string by, string what) =>
        (n with { Status = NominationStatus.Withdrawn, Details = null, Reviews = [.. n.Reviews.Select(r => r with { Comment = null })] }).With(now, by, what);
}

public sealed class ConfirmConsentAction(INominationStore store, NominationFlow flow, TimeProvider clock, IStringLocalizer<NominationTexts> texts)
    : ConsentAction(store, flow, clock, texts)
{
    public override string Verb => NominationVerbs.Confirm;

    protected override bool Mine(Nomination n, Member sender) => n.Nominator == sender.Id;

    protected override Nomination? Change(Nomination n, Member sender, DateTimeOffset now) =>
        n.NominatorConfirmed || n.Status != NominationStatus.AwaitingConsent ? null : (n with { NominatorConfirmed = true }).With(now, sender.Name, Steps.Confirmed);

    // The same words whether the nominee is a member who has yet to agree or not: the nominator can't tell who is a member.
    protected override string Done(Nomination n) => n.Status switch
    {
        NominationStatus.AwaitingConsent or NominationStatus.UnderReview => Texts["ConfirmedThanks", n.Id],
        _ => Texts["AlreadyMoved", n.Id],
    };
}

public sealed class WithdrawNominationAction(INominationStore store, NominationFlow flow, TimeProvider clock, IStringLocalizer<NominationTexts> texts)
    : ConsentAction(store, flow, clock, texts)
{
    public override string Verb => NominationVerbs.Withdraw;

    protected override bool Mine(Nomination n, Member sender) => n.Nominator == sender.Id;

    protected override Nomination? Change(Nomination n, Member sender, DateTimeOffset now) =>
        n.IsOpen ? Withdrawn(n, now, sender.Name, Steps.Withdrawn) : null;

    protected override string Done(Nomination n) => n.Status == NominationStatus.Withdrawn ? Texts["WithdrawnDone", n.Id] : Texts["AlreadyMoved", n.Id];
}

public sealed class AgreeAction(INominationStore store, NominationFlow flow, TimeProvider clock, IStringLocalizer<NominationTexts> texts)
    : ConsentAction(store, flow, clock, texts)
{
    public override string Verb => NominationVerbs.Agree;

    protected override bool Mine(Nomination n, Member sender) => n.Nominee == sender.Id;

    protected override Nomination? Change(Nomination n, Member sender, DateTimeOffset now) =>
        n.NomineeAgreed is not null || n.Status != NominationStatus.AwaitingConsent ? null : (n with { NomineeAgreed = true }).With(now, sender.Name, Steps.Agreed);

    protected override string Done(Nomination n) => n.NomineeAgreed == true ? Texts["AgreedThanks", n.Id] : Texts["AlreadyMoved", n.Id];
}

public sealed class DeclineConsentAction(INominationStore store, NominationFlow flow, TimeProvider clock, IStringLocalizer<NominationTexts> texts)
    : ConsentAction(store, flow, clock, texts)
{
    public override string Verb => NominationVerbs.Decline;

    protected override bool Mine(Nomination n, Member sender) => n.Nominee == sender.Id;

    protected override Nomination? Change(Nomination n, Member sender, DateTimeOffset now) =>
        n.NomineeAgreed is not null || n.Status != NominationStatus.AwaitingConsent
            ? null
            : Withdrawn(n with { NomineeAgreed = false }, now, sender.Name, Steps.DidNotAgree);

    protected override string Done(Nomination n) => n.NomineeAgreed == false ? Texts["DeclinedDone", n.Id] : Texts["AlreadyMoved", n.Id];
}
