using System.Diagnostics;
using System.Net.Sockets;

namespace CollabBot.Tests.Support;

/// <summary>
/// The Azurite the integration tests use: the one the test command started (its connection string in
/// Storage__ConnectionString), or else one started here from the repository's node_modules.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? process;
    private string? folder;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("Storage__ConnectionString") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }
        var azurite = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException("Azurite is not installed: run ./test.sh (or npm ci) first.");
        }
        folder = Directory.CreateTempSubdirectory("collabbot-azurite-").FullName;
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        process = Process.Start(new ProcessStartInfo(azurite,
            $"--silent --skipApiVersionCheck --location {folder} --blobHost 127.0.0.1 --blobPort {blob} " +
            $"--queueHost 127.0.0.1 --queuePort {queue} --tableHost 127.0.0.1 --tablePort {table}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        ConnectionString = ConnectionStringFor(blob, queue, table);
        await WaitForPortAsync(table);
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process?.Dispose();
        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    public static string ConnectionStringFor(int blob, int queue, int table) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>
{
    public const string Name = "Azurite";
}
