using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Storage;

/// <summary>A table a feature stores its records in; register one per table, all are created at start.</summary>
public sealed record TableName(string Name);

/// <summary>The service's tables, by name.</summary>
public sealed class CollabTables(IOptions<StorageOptions> options, IEnumerable<TableName> registered)
{
    public const string Members = "members";
    public const string BotState = "botstate";

    public TableServiceClient Service { get; } = new(options.Value.ConnectionString);

    public TableClient this[string name] => Service.GetTableClient(options.Value.TablePrefix + name);

    public async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var table in registered.Select(t => t.Name).Distinct())
        {
            await this[table].CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
