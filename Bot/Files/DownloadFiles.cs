using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using CollabBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Files;

/// <summary>The "Files" configuration section.</summary>
public sealed class FilesOptions
{
    public const string Section = "Files";

    /// <summary>How long a download link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a file is kept once written (links never outlive it).</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>A file built for someone to download.</summary>
public sealed record ExportFile(string Name, string ContentType, byte[] Content);

public sealed record DownloadLink(Uri Uri, DateTimeOffset Expires);

/// <summary>
/// Files people download (exports, documents): written to a blob container under a name nobody can guess, and
/// handed out as a read-only SAS link for that one blob that expires after <see cref="FilesOptions.LinkLifetime"/>.
/// The storage service checks every field of the link (blob, permission, expiry, signature); the bot serves no
/// files itself. Old files are deleted after <see cref="FilesOptions.KeepFor"/>.
/// </summary>
public sealed class DownloadFiles(CollabContainers containers, IOptions<FilesOptions> options, TimeProvider clock)
{
    public const string Container = "files";

    public async Task<DownloadLink> PublishAsync(string folder, ExportFile file, CancellationToken cancellationToken)
    {
        var blob = containers[Container].GetBlobClient($"{folder}/{Guid.NewGuid():N}/{file.Name}");
        await blob.UploadAsync(new BinaryData(file.Content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType, ContentDisposition = $"attachment; filename=\"{file.Name}\"" },
        }, cancellationToken);
        var expires = clock.GetUtcNow() + options.Value.LinkLifetime;
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expires)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
        };
        return new DownloadLink(blob.GenerateSasUri(sas), expires);
    }

    public async Task DeleteOldAsync(CancellationToken cancellationToken)
    {
        var container = containers[Container];
        var before = clock.GetUtcNow() - options.Value.KeepFor;
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (blob.Properties.CreatedOn < before)
            {
                await container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
            }
        }
    }
}
