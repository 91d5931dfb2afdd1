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

    public TableServiceClient Service { get; } = new(options.Value.ConnectionString, ClientOptions());

    public TableClient this[string name] => Service.GetTableClient(options.Value.TablePrefix + name);

    public async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var table in registered.Select(t => t.Name).Distinct())
        {
            await this[table].CreateIfNotExistsAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A turn must answer within Teams' 15 seconds even when storage is down: a few quick retries, then the
    /// turn reports the outage (503) instead of the SDK's default minute of backing off.
    /// </summary>
    public static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(4);
        return options;
    }
}
