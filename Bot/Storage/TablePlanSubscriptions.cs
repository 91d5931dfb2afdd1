using Azure;
using Azure.Data.Tables;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Bot.Storage;

/// <summary>
/// Each subscription is written twice: in the member's partition ("member/{tenant}/{object id}", RowKey product),
/// for "my subscriptions" and "my data"; and in the product's ("product/{id}", RowKey member), so telling the
/// followers of a product is one partition read.
/// </summary>
public sealed class TablePlanSubscriptions(CollabTables tables) : IPlanSubscriptions
{
    public const string TableName = "plansubscriptions";

    private TableClient Table => tables[TableName];

    public async Task<bool> FollowAsync(MemberId member, string productId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(MemberPartition(member), TableKey.Encode(productId), cancellationToken: cancellationToken);
        // Both rows are written either way: a follow interrupted between the two is completed by the next one.
        await Table.UpsertEntityAsync(Row(ProductPartition(productId), MemberRow(member), member, productId, at), TableUpdateMode.Replace, cancellationToken);
        await Table.UpsertEntityAsync(Row(MemberPartition(member), TableKey.Encode(productId), member, productId, at), TableUpdateMode.Replace, cancellationToken);
        return !existing.HasValue;
    }

    public async Task<bool> UnfollowAsync(MemberId member, string productId, CancellationToken cancellationToken)
    {
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(MemberPartition(member), TableKey.Encode(productId), cancellationToken: cancellationToken);
        await Table.DeleteEntityAsync(ProductPartition(productId), MemberRow(member), ETag.All, cancellationToken);
        await Table.DeleteEntityAsync(MemberPartition(member), TableKey.Encode(productId), ETag.All, cancellationToken);
        return existing.HasValue;
    }

    public async Task<IReadOnlyList<string>> ProductsFollowedByAsync(MemberId member, CancellationToken cancellationToken)
    {
        var products = new List<string>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {MemberPartition(member)}"),
            cancellationToken: cancellationToken))
        {
            products.Add(e.GetString("ProductId"));
        }
        return products;
    }

    public async Task<IReadOnlyList<MemberId>> FollowersOfAsync(string productId, CancellationToken cancellationToken)
    {
        var followers = new List<MemberId>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ProductPartition(productId)}"),
            cancellationToken: cancellationToken))
        {
            followers.Add(new MemberId(e.GetString("TenantId"), e.GetString("ObjectId")));
        }
        return followers;
    }

    private static string MemberPartition(MemberId member) => TableKey.Encode($"member/{member.TenantId}/{member.ObjectId}");

    private static string MemberRow(MemberId member) => TableKey.Encode($"{member.TenantId}/{member.ObjectId}");

    private static string ProductPartition(string productId) => TableKey.Encode("product/" + productId);

    private static TableEntity Row(string partition, string row, MemberId member, string productId, DateTimeOffset at) => new(partition, row)
    {
        ["TenantId"] = member.TenantId,
        ["ObjectId"] = member.ObjectId,
        ["ProductId"] = productId,
        ["Since"] = at,
    };
}
