using Azure;
using Azure.Data.Tables;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Bot.Storage;

/// <summary>
/// Each subscription is kept twice: in the member's partition ("member/{tenant}/{object id}", RowKey product), for
/// "my subscriptions" and "my data"; and in the product's ("product/{id}", RowKey member), so telling the followers
/// of a product is one partition read. Table Storage has no transaction across partitions, so the two rows can't
/// be written at once; instead each row says whether the member follows and carries a version. The member's row
/// decides (written with its ETag, so concurrent follows and unfollows take turns and each gets the next
/// version); the product's row then takes that state only if it is newer than what it holds. Whatever order
/// concurrent requests land in, both rows end at the last decision; one interrupted between the two writes is
/// repaired by the member's next follow or unfollow.
/// </summary>
public sealed class TablePlanSubscriptions(CollabTables tables) : IPlanSubscriptions
{
    public const string TableName = "plansubscriptions";
    private const int Attempts = 20;

    private TableClient Table => tables[TableName];

    public Task<bool> FollowAsync(MemberId member, string productId, DateTimeOffset at, CancellationToken cancellationToken) =>
        DecideAsync(member, productId, following: true, at, cancellationToken);

    public Task<bool> UnfollowAsync(MemberId member, string productId, CancellationToken cancellationToken) =>
        DecideAsync(member, productId, following: false, null, cancellationToken);

    public async Task<IReadOnlyList<string>> ProductsFollowedByAsync(MemberId member, CancellationToken cancellationToken)
    {
        var products = new List<string>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {MemberPartition(member)}"),
            cancellationToken: cancellationToken))
        {
            if (IsFollowing(e))
            {
                products.Add(e.GetString("ProductId"));
            }
        }
        return products;
    }

    public async Task<IReadOnlyList<MemberId>> FollowersOfAsync(string productId, CancellationToken cancellationToken)
    {
        var followers = new List<MemberId>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ProductPartition(productId)}"),
            cancellationToken: cancellationToken))
        {
            if (IsFollowing(e))
            {
                followers.Add(new MemberId(e.GetString("TenantId"), e.GetString("ObjectId")));
            }
        }
        return followers;
    }

    public async Task<(IReadOnlyList<MemberId> Followers, string? Next)> FollowersPageAsync(string productId, string? continuation, int size,
        CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ProductPartition(productId)}");
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: size, cancellationToken: cancellationToken).AsPages(continuation, size))
        {
            return ([.. page.Values.Where(IsFollowing).Select(e => new MemberId(e.GetString("TenantId"), e.GetString("ObjectId")))], page.ContinuationToken);
        }
        return ([], null);
    }

    /// <returns>Whether this changed the member's choice (false: they already followed, or did not follow).</returns>
    private async Task<bool> DecideAsync(MemberId member, string productId, bool following, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var (partition, row) = (MemberPartition(member), TableKey.Encode(productId));
        for (var attempt = 1; ; attempt++)
        {
            var current = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            var held = current.HasValue ? current.Value : null;
            if (held is null && !following)
            {
                return false; // never followed: nothing to undo
            }
            if (held is not null && IsFollowing(held) == following)
            {
                await CatchUpAsync(ProductPartition(productId), MemberRow(member), held, cancellationToken);
                return false;
            }
            var decided = Row(partition, row, member, productId, following, VersionOf(held) + 1, at ?? held?.GetDateTimeOffset("Since"));
            try
            {
                if (held is null)
                {
                    await Table.AddEntityAsync(decided, cancellationToken);
                }
                else
                {
                    await Table.UpdateEntityAsync(decided, held.ETag, TableUpdateMode.Replace, cancellationToken);
                }
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < Attempts)
            {
                // another request decided first: decide again on what it wrote, after a moment
                await Task.Delay(Random.Shared.Next(2, 10 * attempt), cancellationToken);
                continue;
            }
            await CatchUpAsync(ProductPartition(productId), MemberRow(member), decided, cancellationToken);
            return true;
        }
    }

    /// <summary>Brings the product's row to the member row's decision, unless it already holds that one or a newer one.</summary>
    private async Task CatchUpAsync(string partition, string row, TableEntity decision, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var current = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            var held = current.HasValue ? current.Value : null;
            if (held is not null && VersionOf(held) >= VersionOf(decision))
            {
                return;
            }
            var copy = Row(partition, row, new MemberId(decision.GetString("TenantId"), decision.GetString("ObjectId")),
                decision.GetString("ProductId"), IsFollowing(decision), VersionOf(decision), decision.GetDateTimeOffset("Since"));
            try
            {
                if (held is null)
                {
                    await Table.AddEntityAsync(copy, cancellationToken);
                }
                else
                {
                    await Table.UpdateEntityAsync(copy, held.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // a concurrent request wrote it: look again
            }
        }
    }

    private static bool IsFollowing(TableEntity e) => e.GetBoolean("Following") ?? true;

    private static long VersionOf(TableEntity? e) => e?.GetInt64("Version") ?? 0;

    private static string MemberPartition(MemberId member) => TableKey.Encode($"member/{member.TenantId}/{member.ObjectId}");

    private static string MemberRow(MemberId member) => TableKey.Encode($"{member.TenantId}/{member.ObjectId}");

    private static string ProductPartition(string productId) => TableKey.Encode("product/" + productId);

    private static TableEntity Row(string partition, string row, MemberId member, string productId, bool following, long version,
        DateTimeOffset? since) => new(partition, row)
        {
            ["TenantId"] = member.TenantId,
            ["ObjectId"] = member.ObjectId,
            ["ProductId"] = productId,
            ["Following"] = following,
            ["Version"] = version,
            ["Since"] = following ? since : null,
        };
}
