using CollabBot.Bot.Hosting;
using CollabBot.Bot.Storage;
using CollabBot.Bot.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Bench.Turns;

/// <summary>
/// Turns through the real host (a help turn; a survey answer turn) against the echo floor, both over HTTP on
/// loopback, on the same Azurite, replies to the same connector sink. Turns alternate between the two bots so
/// machine noise hits both alike. Then the results card for many responses against a bare partition read.
/// </summary>
public static class TurnBenchmark
{
    private const string Tenant = "bench-tenant";

    public static async Task<Dictionary<string, object>> RunAsync(string connectionString, int warmup, int turns, int responses)
    {
        var prefix = "b" + Guid.NewGuid().ToString("N")[..8];
        await using var sink = await ConnectorSink.StartAsync();
        var bot = CollabBotApp.Build(Arguments(connectionString, prefix));
        await bot.StartAsync();
        // The same bot without the activity claim, to tell what the claim costs a turn.
        var unclaimed = CollabBotApp.Build(Arguments(connectionString, prefix + "u"), services => services.AddSingleton<IActivityClaims, NoClaims>());
        await unclaimed.StartAsync();
        var floor = await EchoFloor.StartAsync(connectionString, prefix + "floor");
        try
        {
            using var http = new HttpClient();
            var help = new TurnDriver(http, bot.Urls.First() + "/api/messages", sink.Url, Tenant, "bench-member");
            var echo = new TurnDriver(http, floor.Urls.First() + "/api/messages", sink.Url, Tenant, "bench-member");
            var (helpTimes, echoTimes) = await AlternateAsync(
                () => help.TimeTurnAsync(text: "help"), () => echo.TimeTurnAsync(text: "help"), warmup, turns);
            var figures = Report("help", "a `help` turn", helpTimes, echoTimes, "goal p50 <= 1.5");

            var withoutClaim = new TurnDriver(http, unclaimed.Urls.First() + "/api/messages", sink.Url, Tenant, "bench-member");
            var (claimedTimes, unclaimedTimes) = await AlternateAsync(
                () => help.TimeTurnAsync(text: "help"), () => withoutClaim.TimeTurnAsync(text: "help"), warmup, turns);
            var (claimed, bare) = (Stats.Of(claimedTimes), Stats.Of(unclaimedTimes));
            Console.WriteLine("What the activity claim costs: the same `help` turn with and without it");
            Console.WriteLine($"  with claim     {claimed}");
            Console.WriteLine($"  without claim  {bare}");
            Console.WriteLine($"  ratio p50 {claimed.P50 / bare.P50:F2}   ratio p99 {claimed.P99 / bare.P99:F2}");
            figures["claim_ratio_p50"] = Math.Round(claimed.P50 / bare.P50, 3);
            figures["claim_ratio_p99"] = Math.Round(claimed.P99 / bare.P99, 3);

            var staff = new TurnDriver(http, bot.Urls.First() + "/api/messages", sink.Url, Tenant, "bench-staff");
            var member = new TurnDriver(http, bot.Urls.First() + "/api/messages", sink.Url, Tenant, "bench-answerer");
            var answers = new Surveys.AnswerTurns(staff, member);
            var floorForAnswers = new TurnDriver(http, floor.Urls.First() + "/api/messages", sink.Url, Tenant, "bench-answerer");
            var (answerTimes, echoTimes2) = await AlternateAsync(answers.NextAsync, () => floorForAnswers.TimeTurnAsync(text: "4"), warmup, turns);
            foreach (var (key, value) in Report("answer", "a survey answer turn (button)", answerTimes, echoTimes2, "goal p50 <= 1.5, p99 <= 2.5"))
            {
                figures[key] = value;
            }
            figures["turns"] = turns;

            Console.WriteLine();
            await staff.TimeTurnAsync(text: "import survey " + Surveys.BenchSurveys.Mixed("bench-results"));
            foreach (var (key, value) in await Surveys.ResultsBenchmark.RunAsync(bot.Services, "bench-results", responses, rounds: 10))
            {
                figures[key] = value;
            }
            return figures;
        }
        finally
        {
            await floor.StopAsync();
            await unclaimed.StopAsync();
            await bot.StopAsync();
        }
    }

    private static string[] Arguments(string connectionString, string prefix) =>
    [
        "--urls", "http://127.0.0.1:0",
        "--Storage:ConnectionString", connectionString,
        "--Storage:TablePrefix", prefix,
        "--Collab:AllowedTenants:0", Tenant,
        "--Collab:Staff:0", "bench-staff",
        "--environment", "Development",
        "--Surveys:ResponseKey", "benchmark-response-key-0123456789-abcdefghijkl",
        "--Logging:LogLevel:Default", "Warning",
    ];

    /// <summary>Every copy is answered: the bot as it was before activities were claimed.</summary>
    private sealed class NoClaims : IActivityClaims
    {
        public Task<TableLease?> TryClaimAsync(Microsoft.Bot.Schema.IActivity activity, CancellationToken cancellationToken) =>
            Task.FromResult<TableLease?>(new TableLease("", activity.Id, Azure.ETag.All));

        public Task ReleaseAsync(TableLease claim) => Task.CompletedTask;
    }

    private static Dictionary<string, object> Report(string name, string what, List<double> measured, List<double> floorTimes, string goal)
    {
        var turn = Stats.Of(measured);
        var echo = Stats.Of(floorTimes);
        Console.WriteLine($"Turn benchmark: {what} through the real host vs the echo floor (1 state read + 1 write)");
        Console.WriteLine($"  {name,-6} turn  {turn}");
        Console.WriteLine($"  echo floor   {echo}");
        Console.WriteLine($"  ratio p50 {turn.P50 / echo.P50:F2}   ratio p99 {turn.P99 / echo.P99:F2}   ({goal})");
        return new()
        {
            [$"{name}_p50_ms"] = Math.Round(turn.P50, 2),
            [$"{name}_p99_ms"] = Math.Round(turn.P99, 2),
            [$"{name}_floor_p50_ms"] = Math.Round(echo.P50, 2),
            [$"{name}_floor_p99_ms"] = Math.Round(echo.P99, 2),
            [$"{name}_ratio_p50"] = Math.Round(turn.P50 / echo.P50, 3),
            [$"{name}_ratio_p99"] = Math.Round(turn.P99 / echo.P99, 3),
        };
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
