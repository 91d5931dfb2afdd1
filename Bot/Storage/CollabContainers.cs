using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Storage;

/// <summary>A blob container a feature keeps files in; register one per container, all are created at start.</summary>
public sealed record ContainerName(string Name);

/// <summary>The service's blob containers, by name (the table prefix, lower-cased, keeps test runs apart).</summary>
public sealed class CollabContainers(IOptions<StorageOptions> options, IEnumerable<ContainerName> registered)
{
    private readonly BlobServiceClient service = new(options.Value.ConnectionString);

    public BlobContainerClient this[string name] => service.GetBlobContainerClient((options.Value.TablePrefix + name).ToLowerInvariant());

    public async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var container in registered.Select(c => c.Name).Distinct())
        {
            await this[container].CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
