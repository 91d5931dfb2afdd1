using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Tests.Integration;

/// <summary>Storage taken away from a running host, then given back: 503 within seconds, no stack, then answers again.</summary>
public sealed partial class StorageOutageTests(Azurite azurite) : IntegrationTest(azurite), IDisposable
{
    private readonly ConcurrentQueue<LogEntry> logged = new();
    private TcpProxy? proxy;

    protected override BotHost CreateHost()
    {
        var tablePort = int.Parse(TablePort().Match(Azurite.ConnectionString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        proxy = new TcpProxy(tablePort);
        var connection = TablePort().Replace(Azurite.ConnectionString, $"TableEndpoint=http://127.0.0.1:{proxy.Port}/");
        return new BotHost(Azurite, Connector, new() { ["Storage:ConnectionString"] = connection },
            services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(logged)));
    }

    [Fact]
    public async Task ATurnDuringAnOutageIsA503WithinSecondsAndTheNextOneAfterItIsAnswered()
    {
        var member = Host.User("m-outage");
        Assert.Single(await member.Says("help"));
        logged.Clear();

        proxy!.Cut();
        var watch = Stopwatch.StartNew();
        var response = await member.PostAsync(member.Activity("message", new Newtonsoft.Json.Linq.JObject { ["text"] = "help" }).ToString());
        watch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter is not null, "Retry-After is given");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"answered in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.DoesNotContain(logged, e => e.Exception is not null);
        Assert.Contains(logged, e => e.Message.StartsWith("Storage unavailable", StringComparison.Ordinal));

        proxy.Restore();
        Assert.Single(await member.Says("help"));
    }

    public void Dispose() => proxy?.Dispose();

    [GeneratedRegex(@"TableEndpoint=http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex TablePort();
}
