using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Members;

public sealed class PendingGroupsCommand(IMemberStore members, IStringLocalizer<MemberTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("groups.pending", Role.Staff,
        ["pending groups", "user groups to confirm", "confirm groups", "groupes a confirmer", "grupos por confirmar", "gruppen bestatigen"])
    {
        Help = new(texts, "PendingGroups"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        turn.Show(PendingGroupsCard.Build(await ViewAsync(members, null, cancellationToken)));

    internal static async Task<PendingGroupsView> ViewAsync(IMemberStore members, string? lastAction, CancellationToken cancellationToken)
    {
        var waiting = await members.ListAwaitingConfirmationAsync(cancellationToken);
        return new PendingGroupsView(
            [.. waiting.Where(m => (m.RequestedUserGroup ?? m.UserGroup) is not null).Select(m => new PendingGroupRequest(m.Id.TenantId, m.Id.ObjectId, m.Name,
                (m.RequestedUserGroup ?? m.UserGroup)!, m.LastSeen, m.RepresentationRequested, RepresentationOnly: m.RequestedUserGroup is null))],
            lastAction);
    }
}
