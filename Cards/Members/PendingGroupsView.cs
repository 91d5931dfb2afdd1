namespace CollabBot.Cards.Members;

public sealed record PendingGroupsView(IReadOnlyList<PendingGroupRequest> Requests, string? LastAction = null);

public sealed record PendingGroupRequest(string TenantId, string ObjectId, string Name, string UserGroup, DateTimeOffset Since);
