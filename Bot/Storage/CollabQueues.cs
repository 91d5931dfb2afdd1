using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Storage;

/// <summary>A queue a feature's background work goes through; register one per queue, all are created at start.</summary>
public sealed record QueueName(string Name);

/// <summary>The service's Azure Storage queues, by name (the table prefix, lower-cased, keeps test runs apart).</summary>
public sealed class CollabQueues(IOptions<StorageOptions> options, IEnumerable<QueueName> registered)
{
    private readonly QueueServiceClient service = new(options.Value.ConnectionString, ClientOptions());

    public QueueClient this[string name] => service.GetQueueClient((options.Value.TablePrefix + name).ToLowerInvariant());

    public async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var queue in registered.Select(q => q.Name).Distinct())
        {
            await this[queue].CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    private static QueueClientOptions ClientOptions()
    {
        var options = new QueueClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
