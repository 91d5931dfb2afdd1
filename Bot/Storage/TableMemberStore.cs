using Azure.Data.Tables;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Caching.Memory;

namespace CollabBot.Bot.Storage;

/// <summary>
/// The member registry: PartitionKey tenant, RowKey object id. Every turn resolves its sender here, so records
/// are cached briefly; writes go through the cache.
/// </summary>
public sealed class TableMemberStore(CollabTables tables, IMemoryCache cache) : IMemberStore
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private TableClient Table => tables[CollabTables.Members];

    public async Task<MemberRecord?> FindAsync(MemberId id, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(id), out MemberRecord? cached))
        {
            return cached;
        }
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(id.TenantId), TableKey.Encode(id.ObjectId),
            cancellationToken: cancellationToken);
        var member = response.HasValue && response.Value is { } entity ? FromEntity(entity) : null;
        if (member is not null)
        {
            cache.Set(CacheKey(id), member, CacheFor);
        }
        return member;
    }

    public async Task SaveAsync(MemberRecord member, CancellationToken cancellationToken)
    {
        await Table.UpsertEntityAsync(ToEntity(member), TableUpdateMode.Replace, cancellationToken);
        cache.Set(CacheKey(member.Id), member, CacheFor);
    }

    public async Task<IReadOnlyList<MemberRecord>> ListAsync(IReadOnlyCollection<string> userGroups, CancellationToken cancellationToken)
    {
        // One query whatever the audience: no filter for everyone, else "UserGroup eq a or UserGroup eq b ...".
        var filter = userGroups.Count == 0 ? null
            : string.Join(" or ", userGroups.Select(g => TableClient.CreateQueryFilter($"UserGroup eq {g}")));
        var members = new List<MemberRecord>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            members.Add(FromEntity(entity));
        }
        return members;
    }

    public async Task<IReadOnlyList<MemberRecord>> ListAwaitingConfirmationAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"AwaitingConfirmation eq {true}");
        var members = new List<MemberRecord>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            members.Add(FromEntity(entity));
        }
        return [.. members.OrderBy(m => m.LastSeen)];
    }

    private static string CacheKey(MemberId id) => "member:" + id;

    private static TableEntity ToEntity(MemberRecord m) => new(TableKey.Encode(m.Id.TenantId), TableKey.Encode(m.Id.ObjectId))
    {
        ["TenantId"] = m.Id.TenantId,
        ["ObjectId"] = m.Id.ObjectId,
        ["Name"] = m.Name,
        ["Locale"] = m.Locale,
        ["Address"] = m.Address,
        ["FirstSeen"] = m.FirstSeen,
        ["LastSeen"] = m.LastSeen,
        ["Role"] = m.Role.ToString(),
        ["UserGroup"] = m.UserGroup,
        ["RequestedUserGroup"] = m.RequestedUserGroup,
        ["UserGroupConfirmedBy"] = m.UserGroupConfirmedBy,
        ["AwaitingConfirmation"] = m.RequestedUserGroup is not null,
    };

    private static MemberRecord FromEntity(TableEntity e) => new(
        new MemberId(e.GetString("TenantId"), e.GetString("ObjectId")),
        e.GetString("Name") ?? "",
        e.GetString("Locale") ?? "en-US",
        e.GetString("Address"),
        e.GetDateTimeOffset("FirstSeen") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("LastSeen") ?? DateTimeOffset.MinValue)
    {
        Role = Enum.TryParse<Role>(e.GetString("Role"), out var role) ? role : Role.Member,
        UserGroup = e.GetString("UserGroup"),
        RequestedUserGroup = e.GetString("RequestedUserGroup"),
        UserGroupConfirmedBy = e.GetString("UserGroupConfirmedBy"),
    };
}
