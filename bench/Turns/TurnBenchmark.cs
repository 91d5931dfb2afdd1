using CollabBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CollabBot.Bench.Turns;

/// <summary>
/// A help turn through the real host against the echo floor, both over HTTP on loopback, on the same Azurite,
/// replies to the same connector sink. Turns alternate between the two bots so machine noise hits both alike.
/// </summary>
public static class TurnBenchmark
{
    private const string Tenant = "bench-tenant";

    public static async Task<Dictionary<string, object>> RunAsync(string connectionString, int warmup, int turns)
    {
        var prefix = "b" + Guid.NewGuid().ToString("N")[..8];
        await using var sink = await ConnectorSink.StartAsync();
        var bot = CollabBotApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Storage:ConnectionString", connectionString,
            "--Storage:TablePrefix", prefix,
            "--Collab:AllowedTenants:0", Tenant,
            "--Logging:LogLevel:Default", "Warning",
        ]);
        await bot.StartAsync();
        var floor = await EchoFloor.StartAsync(connectionString, prefix + "floor");
        try
        {
            using var http = new HttpClient();
            var help = new TurnDriver(http, bot.Urls.First() + "/api/messages", sink.Url, Tenant, "bench-member");
            var echo = new TurnDriver(http, floor.Urls.First() + "/api/messages", sink.Url, Tenant, "bench-member");
            var (helpTimes, echoTimes) = await AlternateAsync(
                () => help.TimeTurnAsync(text: "help"), () => echo.TimeTurnAsync(text: "help"), warmup, turns);
            var helpStats = Stats.Of(helpTimes);
            var echoStats = Stats.Of(echoTimes);
            Console.WriteLine("Turn benchmark: a `help` turn through the real host vs the echo floor (1 state read + 1 write)");
            Console.WriteLine($"  help turn   {helpStats}");
            Console.WriteLine($"  echo floor  {echoStats}");
            Console.WriteLine($"  ratio p50 {helpStats.P50 / echoStats.P50:F2}   ratio p99 {helpStats.P99 / echoStats.P99:F2}   (goal p50 <= 1.5)");
            return new()
            {
                ["help_p50_ms"] = Math.Round(helpStats.P50, 2),
                ["help_p99_ms"] = Math.Round(helpStats.P99, 2),
                ["floor_p50_ms"] = Math.Round(echoStats.P50, 2),
                ["floor_p99_ms"] = Math.Round(echoStats.P99, 2),
                ["help_ratio_p50"] = Math.Round(helpStats.P50 / echoStats.P50, 3),
                ["help_ratio_p99"] = Math.Round(helpStats.P99 / echoStats.P99, 3),
                ["turns"] = turns,
            };
        }
        finally
        {
            await floor.StopAsync();
            await bot.StopAsync();
        }
    }

    /// <summary>Runs the two measured operations in alternation; returns their times after the warm-up.</summary>
    public static async Task<(List<double> A, List<double> B)> AlternateAsync(
        Func<Task<double>> a, Func<Task<double>> b, int warmup, int turns)
    {
        for (var i = 0; i < warmup; i++)
        {
            await a();
            await b();
        }
        var (timesA, timesB) = (new List<double>(turns), new List<double>(turns));
        for (var i = 0; i < turns; i++)
        {
            if (i % 2 == 0)
            {
                timesA.Add(await a());
                timesB.Add(await b());
            }
            else
            {
                timesB.Add(await b());
                timesA.Add(await a());
            }
        }
        return (timesA, timesB);
    }
}
