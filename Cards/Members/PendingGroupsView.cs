namespace CollabBot.Cards.Members;

public sealed record PendingGroupsView(IReadOnlyList<PendingGroupRequest> Requests, string? LastAction = null);

/// <param name="UserGroup">The group requested, or for <paramref name="RepresentationOnly"/> the member's confirmed group.</param>
/// <param name="Represent">The member also says they represent the group.</param>
/// <param name="RepresentationOnly">The member's group is confirmed already: only their representing it waits.</param>
public sealed record PendingGroupRequest(string TenantId, string ObjectId, string Name, string UserGroup, DateTimeOffset Since, bool Represent = false,
    bool RepresentationOnly = false);
