using Azure;
using Azure.Data.Tables;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;

namespace CollabBot.Bot.Storage;

/// <summary>
/// The member registry: PartitionKey tenant, RowKey object id. Several instances write it, so a change is applied
/// to the record as read with its ETag and written only if that ETag still holds (412: read again, apply again);
/// nothing is cached, so no instance writes back what it read minutes ago.
/// </summary>
public sealed class TableMemberStore(CollabTables tables) : IMemberStore
{
    private const int Attempts = 20;

    private TableClient Table => tables[CollabTables.Members];

    public async Task<MemberRecord?> FindAsync(MemberId id, CancellationToken cancellationToken) =>
        (await ReadAsync(id, cancellationToken))?.Record;

    public async Task<bool> AddAsync(MemberRecord member, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(member), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<MemberRecord?> UpdateAsync(MemberId id, Func<MemberRecord, MemberRecord?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await ReadAsync(id, cancellationToken) is not var (current, etag))
            {
                return null;
            }
            if (change(current) is not { } changed)
            {
                return current;
            }
            changed = changed with { Id = id };
            try
            {
                await Table.UpdateEntityAsync(ToEntity(changed), etag, TableUpdateMode.Replace, cancellationToken);
                return changed;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < Attempts)
            {
                // Someone wrote the record since we read it: apply the change to what they wrote, after a moment
                // so that writers queued on the same record don't keep colliding.
                await Task.Delay(Random.Shared.Next(2, 10 * attempt), cancellationToken);
            }
        }
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

    public async Task<(IReadOnlyList<MemberRecord> Members, string? Next)> PageAsync(IReadOnlyCollection<string> userGroups, string? continuation,
        int size, CancellationToken cancellationToken)
    {
        var filter = userGroups.Count == 0 ? null
            : string.Join(" or ", userGroups.Select(g => TableClient.CreateQueryFilter($"UserGroup eq {g}")));
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: size, cancellationToken: cancellationToken).AsPages(continuation, size))
        {
            return ([.. page.Values.Select(FromEntity)], page.ContinuationToken);
        }
        return ([], null);
    }

    public async Task<MemberRecord?> FindBySignInAsync(string emailOrSignIn, CancellationToken cancellationToken)
    {
        var wanted = emailOrSignIn.Trim().ToLowerInvariant();
        // A scan with a filter: nominations are rare, and members number in the thousands.
        await foreach (var entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Email eq {wanted} or SignInName eq {wanted}"),
            cancellationToken: cancellationToken))
        {
            return FromEntity(entity);
        }
        return null;
    }

    public async Task<IReadOnlyList<MemberRecord>> FindByObjectIdsAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
    {
        var members = new List<MemberRecord>();
        // A few ids at a time: each is a condition of one query across tenants. Teams gives object ids in lower case;
        // a configured one may not be.
        foreach (var chunk in objectIds.SelectMany(id => new[] { id, id.ToLowerInvariant() }).Distinct(StringComparer.Ordinal).Chunk(15))
        {
            var filter = string.Join(" or ", chunk.Select(id => TableClient.CreateQueryFilter($"RowKey eq {TableKey.Encode(id)}")));
            await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                members.Add(FromEntity(entity));
            }
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

    private async Task<(MemberRecord Record, ETag ETag)?> ReadAsync(MemberId id, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(id.TenantId), TableKey.Encode(id.ObjectId),
            cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? (FromEntity(entity), entity.ETag) : null;
    }

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
        ["Language"] = m.Language,
        ["Declined"] = m.Declined.Count == 0 ? null : string.Join(",", m.Declined),
        ["Email"] = m.Email,
        ["SignInName"] = m.SignInName,
        ["SignInLookedUp"] = m.SignInLookedUp,
        ["RepresentsGroup"] = m.RepresentsGroup,
        ["RepresentationRequested"] = m.RepresentationRequested,
        ["AwaitingConfirmation"] = m.AwaitsConfirmation,
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
        Language = e.GetString("Language"),
        Declined = TopicsIn(e.GetString("Declined")),
        Email = e.GetString("Email"),
        SignInName = e.GetString("SignInName"),
        SignInLookedUp = e.GetBoolean("SignInLookedUp") ?? false,
        RepresentsGroup = e.GetBoolean("RepresentsGroup") ?? false,
        RepresentationRequested = e.GetBoolean("RepresentationRequested") ?? false,
    };

    // "ProductNews,SurveyReminders": a name this version does not know (written by a later one) is left out.
    private static IReadOnlyList<MessageTopic> TopicsIn(string? names) =>
        MessageTopics.Set((names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<MessageTopic>(name, out var topic) ? topic : MessageTopic.None));
}
