using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Localization;
using CollabBot.Dialogs.Notifications;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Members;

/// <summary>
/// Staff confirm or reject a member's user group from the pending-groups card, which updates in place; the member
/// is told in their own language.
/// </summary>
public abstract class DecideGroupAction(IMemberStore members, INotifier notifier, IStringLocalizer<MemberTexts> texts) : ICardAction
{
    public abstract string Verb { get; }

    public Role Required => Role.Staff;

    protected abstract bool Confirms { get; }

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit[PendingGroupsCard.TenantKey] is not { } tenant || submit[PendingGroupsCard.MemberKey] is not { } objectId
            || submit[PendingGroupsCard.GroupKey] is not { } group)
        {
            turn.Say("That button is missing its details; open the list again with **pending groups**.");
            return;
        }
        var id = new MemberId(tenant, objectId);
        MemberRecord? decided = null;
        await members.UpdateAsync(id, record =>
        {
            // Another staff member decided first, or the member changed their choice: nothing to do.
            decided = record.RequestedUserGroup != group ? null
                : Confirms ? record with { UserGroup = group, RequestedUserGroup = null, UserGroupConfirmedBy = turn.Sender.Id.ObjectId }
                : record with { RequestedUserGroup = null };
            return decided;
        }, cancellationToken);
        string outcome;
        if (decided is null)
        {
            outcome = "That request was already handled.";
        }
        else
        {
            outcome = Confirms ? $"Confirmed {decided.Name} in {group}." : $"Rejected {decided.Name}'s request for {group}.";
            string message;
            using (MemberCulture.Use(decided.SpeaksIn))
            {
                message = texts[Confirms ? "GroupConfirmedNotice" : "GroupRejectedNotice", group];
            }
            await notifier.NotifyAsync(id, new TextReply(message), cancellationToken);
        }
        turn.Replace(PendingGroupsCard.Build(await PendingGroupsCommand.ViewAsync(members, outcome, cancellationToken)));
    }
}

public sealed class ConfirmGroupAction(IMemberStore members, INotifier notifier, IStringLocalizer<MemberTexts> texts)
    : DecideGroupAction(members, notifier, texts)
{
    public override string Verb => PendingGroupsCard.ConfirmVerb;

    protected override bool Confirms => true;
}

public sealed class RejectGroupAction(IMemberStore members, INotifier notifier, IStringLocalizer<MemberTexts> texts)
    : DecideGroupAction(members, notifier, texts)
{
    public override string Verb => PendingGroupsCard.RejectVerb;

    protected override bool Confirms => false;
}
