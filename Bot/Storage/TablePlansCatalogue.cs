using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Bot.Storage;

/// <summary>
/// The plans catalogue in one table:
/// products in partition "product" (RowKey product id); a product's plan items in partition "plan/{product}"
/// (RowKey item id); every change twice, in partition "history" and in "history/{product}", RowKey the inverted
/// time so a partition reads newest first. Every query names its partition.
/// </summary>
public sealed class TablePlansCatalogue(CollabTables tables) : IPlansCatalogue
{
    public const string TableName = "plans";
    private const string ProductPartition = "product";
    private const string HistoryPartition = "history";
    private const int BatchLimit = 100;

    private TableClient Table => tables[TableName];

    public async Task<IReadOnlyList<Product>> ListProductsAsync(CancellationToken cancellationToken) =>
        await QueryAsync(ProductPartition, FromProductEntity, null, cancellationToken);

    public async Task<Product?> FindProductAsync(string productId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(ProductPartition, TableKey.Encode(productId), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? FromProductEntity(entity) : null;
    }

    public async Task<IReadOnlyList<PlanItem>> ListPlansAsync(string productId, CancellationToken cancellationToken) =>
        await QueryAsync(PlanPartition(productId), FromPlanEntity, null, cancellationToken);

    public async Task<PlanItem?> FindPlanAsync(string productId, string planId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(PlanPartition(productId), TableKey.Encode(planId), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? FromPlanEntity(entity) : null;
    }

    public async Task SaveProductAsync(Product product, CatalogueChange change, CancellationToken cancellationToken)
    {
        await Table.UpsertEntityAsync(ToEntity(product), TableUpdateMode.Replace, cancellationToken);
        await RecordAsync(change, cancellationToken);
    }

    public async Task SavePlanAsync(PlanItem plan, CatalogueChange change, CancellationToken cancellationToken)
    {
        await Table.UpsertEntityAsync(ToEntity(plan), TableUpdateMode.Replace, cancellationToken);
        await RecordAsync(change, cancellationToken);
    }

    public async Task<IReadOnlyList<CatalogueChange>> RecentChangesAsync(int count, CancellationToken cancellationToken) =>
        await QueryAsync(HistoryPartition, FromChangeEntity, count, cancellationToken);

    public async Task<IReadOnlyList<CatalogueChange>> ProductHistoryAsync(string productId, int count, CancellationToken cancellationToken) =>
        await QueryAsync(ProductHistoryPartition(productId), FromChangeEntity, count, cancellationToken);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ProductPartition}");
        await foreach (var _ in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            return false;
        }
        return true;
    }

    /// <summary>Writes a whole catalogue (the sample) in batches per partition; each plan item is recorded as added when it was last updated.</summary>
    public async Task LoadAsync(CatalogueFile.Content content, CancellationToken cancellationToken)
    {
        var entities = new List<TableEntity>();
        entities.AddRange(content.Products.Select(ToEntity));
        entities.AddRange(content.Plans.Select(ToEntity));
        foreach (var plan in content.Plans)
        {
            var change = new CatalogueChange(plan.ProductId, plan.Id, ChangeKind.PlanAdded, plan.Title, plan.Status, plan.UpdatedBy, plan.Updated);
            entities.AddRange(ChangeEntities(change));
        }
        foreach (var partition in entities.GroupBy(e => e.PartitionKey))
        {
            foreach (var batch in partition.Chunk(BatchLimit))
            {
                await Table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
            }
        }
    }

    private async Task RecordAsync(CatalogueChange change, CancellationToken cancellationToken)
    {
        foreach (var entity in ChangeEntities(change))
        {
            await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
    }

    private async Task<List<T>> QueryAsync<T>(string partition, Func<TableEntity, T> map, int? take, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var items = new List<T>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: take, cancellationToken: cancellationToken))
        {
            items.Add(map(entity));
            if (items.Count == take)
            {
                break;
            }
        }
        return items;
    }

    private static string PlanPartition(string productId) => TableKey.Encode("plan/" + productId);

    private static string ProductHistoryPartition(string productId) => TableKey.Encode("history/" + productId);

    private static IEnumerable<TableEntity> ChangeEntities(CatalogueChange c)
    {
        var rowKey = string.Join("_", (DateTimeOffset.MaxValue.UtcTicks - c.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture),
            TableKey.Encode(c.ProductId), TableKey.Encode(c.PlanId ?? "-"), c.Kind.ToString());
        foreach (var partition in new[] { HistoryPartition, ProductHistoryPartition(c.ProductId) })
        {
            yield return new TableEntity(partition, rowKey)
            {
                ["ProductId"] = c.ProductId,
                ["PlanId"] = c.PlanId,
                ["Kind"] = c.Kind.ToString(),
                ["Title"] = c.Title,
                ["Status"] = c.Status?.ToString(),
                ["By"] = c.By,
                ["At"] = c.At,
            };
        }
    }

    private static TableEntity ToEntity(Product p) => new(ProductPartition, TableKey.Encode(p.Id))
    {
        ["Id"] = p.Id,
        ["Name"] = p.Name,
        ["Aliases"] = JsonSerializer.Serialize(p.Aliases),
        ["Description"] = p.Description,
        ["Url"] = p.Url,
        ["Retired"] = p.Retired,
        ["IsSample"] = p.IsSample,
    };

    private static Product FromProductEntity(TableEntity e) => new(
        e.GetString("Id"),
        e.GetString("Name") ?? "",
        JsonSerializer.Deserialize<List<string>>(e.GetString("Aliases") ?? "[]") ?? [],
        e.GetString("Description"),
        e.GetString("Url"),
        e.GetBoolean("Retired") ?? false,
        e.GetBoolean("IsSample") ?? false);

    private static TableEntity ToEntity(PlanItem p) => new(PlanPartition(p.ProductId), TableKey.Encode(p.Id))
    {
        ["ProductId"] = p.ProductId,
        ["Id"] = p.Id,
        ["Title"] = p.Title,
        ["Summary"] = p.Summary,
        ["Status"] = p.Status.ToString(),
        ["Target"] = p.Target,
        ["Link"] = p.Link,
        ["Updated"] = p.Updated,
        ["UpdatedBy"] = p.UpdatedBy,
        ["Retired"] = p.Retired,
    };

    private static PlanItem FromPlanEntity(TableEntity e) => new(
        e.GetString("ProductId"),
        e.GetString("Id"),
        e.GetString("Title") ?? "",
        e.GetString("Summary") ?? "",
        Enum.TryParse<PlanStatus>(e.GetString("Status"), out var status) ? status : PlanStatus.Planned,
        e.GetString("Target"),
        e.GetString("Link"),
        e.GetDateTimeOffset("Updated") ?? DateTimeOffset.MinValue,
        e.GetString("UpdatedBy") ?? "",
        e.GetBoolean("Retired") ?? false);

    private static CatalogueChange FromChangeEntity(TableEntity e) => new(
        e.GetString("ProductId"),
        e.GetString("PlanId"),
        Enum.TryParse<ChangeKind>(e.GetString("Kind"), out var kind) ? kind : ChangeKind.PlanEdited,
        e.GetString("Title") ?? "",
        Enum.TryParse<PlanStatus>(e.GetString("Status"), out var status) ? status : null,
        e.GetString("By") ?? "",
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue);
}
