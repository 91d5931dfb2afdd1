using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Localization;
using CollabBot.Dialogs.Notifications;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Members;

/// <summary>
/// Staff confirm or reject a member's user group, and their representing it, from the pending-groups card, which updates
/// in place; the member is told in their own language.
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
        var represent = submit[PendingGroupsCard.RepresentKey] == "1";
        MemberRecord? decided = null;
        var asked = false;
        var groupRequest = false;
        await members.UpdateAsync(id, record =>
        {
            asked = record.RepresentationRequested;
            groupRequest = record.RequestedUserGroup == group;
            decided = groupRequest
                // A new group: a representative of the old one no longer is; of the new one only if staff confirm that too.
                ? Confirms ? record with
                {
                    UserGroup = group,
                    RequestedUserGroup = null,
                    UserGroupConfirmedBy = turn.Sender.Id.ObjectId,
                    RepresentsGroup = represent && record.RepresentationRequested,
                    RepresentationRequested = false,
                }
                : record with { RequestedUserGroup = null, RepresentationRequested = false }
                // Their group is confirmed: only their representing it waits.
                : represent && record.RequestedUserGroup is null && record.UserGroup == group && record.RepresentationRequested
                    ? record with { RepresentsGroup = Confirms, RepresentationRequested = false }
                    // Another staff member decided first, or the member changed their choice: nothing to do.
                    : null;
            return decided;
        }, cancellationToken);
        string outcome;
        if (decided is null)
        {
            outcome = "That request was already handled.";
        }
        else
        {
            string[] notices;
            (outcome, notices) = (groupRequest, Confirms) switch
            {
                (true, true) when decided.RepresentsGroup =>
                    ($"Confirmed {decided.Name} in {group} as its representative.", (string[])["GroupConfirmedNotice", "RepresentativeConfirmedNotice"]),
                (true, true) when asked =>
                    ($"Confirmed {decided.Name} in {group}, not as its representative.", (string[])["GroupConfirmedNotice", "RepresentativeNotConfirmedNotice"]),
                (true, true) => ($"Confirmed {decided.Name} in {group}.", (string[])["GroupConfirmedNotice"]),
                (true, false) => ($"Rejected {decided.Name}'s request for {group}.", (string[])["GroupRejectedNotice"]),
                (false, true) => ($"Confirmed {decided.Name} as the representative of {group}.", (string[])["RepresentativeConfirmedNotice"]),
                (false, false) => ($"Rejected {decided.Name}'s request to represent {group}.", (string[])["RepresentativeRejectedNotice"]),
            };
            string message;
            using (MemberCulture.Use(decided.SpeaksIn))
            {
                message = string.Join(" ", notices.Select(key => texts[key, group].Value));
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
