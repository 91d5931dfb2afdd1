using System.Diagnostics;
using System.Globalization;
using CollabBot.Bot.Delivery;
using CollabBot.Bot.Hosting;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CollabBot.Bench.Delivery;

/// <summary>
/// One broadcast to every member of one tenant (the worst case: one budget of 50/s) through the real engine on
/// Azurite, to a stub that enforces Teams' limits: with one instance (and a staff ping sent halfway, then an edit
/// that updates every recipient's message in place), with two instances sharing it, and with an instance (a process
/// of its own) killed halfway and started again.
/// Each scenario has its own tables and queues (its own prefix) and its own stub.
/// </summary>
public static class DeliveryBenchmark
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static async Task<Dictionary<string, object>> RunAsync(string connectionString, int recipients)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Delivery benchmark: one broadcast to {recipients:N0} members of one tenant, to a stub enforcing Teams' limits " +
            $"(50/s per tenant; per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/h; 429 + Retry-After beyond)"));
        Console.WriteLine("  goals: 0 lost, 0 duplicates, >= 95% of the allowed rate; killed: 0 lost, duplicates <= in doubt, in single digits; ping <= 2 s; " +
            "edit: 0 missed, 0 duplicates, 0 new posts, >= 95% of the allowed rate");
        var figures = new Dictionary<string, object> { ["delivery_recipients"] = recipients, ["delivery_allowed_rate"] = TeamsLimits.TenantRate };
        // BENCH_DELIVERY=two (or "one,killed") runs only those scenarios, to look at one closely; the default is all.
        var only = Environment.GetEnvironmentVariable("BENCH_DELIVERY")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        bool Runs(string scenario) => only is null || only.Contains(scenario, StringComparer.OrdinalIgnoreCase);
        var results = new List<ScenarioResult>();
        TimeSpan? pingLatency = null;
        if (Runs("one"))
        {
            var (one, ping, edit) = await OneInstanceAsync(connectionString, recipients);
            pingLatency = ping;
            one.Print();
            Console.WriteLine(ping is { } latency
                ? string.Create(CultureInfo.InvariantCulture, $"  {"staff ping, sent halfway",-26} arrived after {latency.TotalSeconds:F2} s (goal <= 2 s)")
                : $"  {"staff ping, sent halfway",-26} did not arrive");
            edit.Print();
            results.Add(one);
            foreach (var (key, value) in edit.Figures())
            {
                figures[key] = value;
            }
        }
        if (Runs("two"))
        {
            var two = await TwoInstancesAsync(connectionString, recipients);
            two.Print();
            results.Add(two);
        }
        if (Runs("killed"))
        {
            var crash = await KilledAndRestartedAsync(connectionString, recipients);
            crash.Print();
            results.Add(crash);
        }
        foreach (var (key, value) in results.SelectMany(r => r.Figures()))
        {
            figures[key] = value;
        }
        figures["delivery_ping_ms"] = pingLatency is { } ms ? Math.Round(ms.TotalMilliseconds, 1) : -1;
        return figures;
    }

    private static async Task<(ScenarioResult Result, TimeSpan? Ping, EditResult Edit)> OneInstanceAsync(string connectionString, int recipients)
    {
        var prefix = Prefix();
        await using var stub = await TeamsStub.StartAsync();
        var bot = CollabBotApp.Build(Arguments(connectionString, prefix));
        await bot.StartAsync();
        try
        {
            await BenchAudience.SeedAsync(bot.Services.GetRequiredService<IMemberStore>(), stub.Url, recipients);
            var pingText = "Ping " + prefix;
            DateTimeOffset? pingAsked = null;
            var result = await BroadcastAsync("one", "one instance", bot.Services, stub, prefix, recipients, async delivered =>
            {
                if (pingAsked is null && delivered >= recipients / 2)
                {
                    pingAsked = DateTimeOffset.UtcNow;
                    await bot.Services.GetRequiredService<INotifier>().NotifyAsync(new MemberId(BenchAudience.Tenant, BenchAudience.StaffId),
                        new TextReply(pingText), default);
                }
            });
            var pings = stub.To(BenchAudience.ConversationOf(BenchAudience.StaffId), pingText);
            var ping = pings.Count > 0 ? pings[0] : null;
            var edit = await EditAsync(bot.Services, stub, prefix, recipients);
            return (result, ping is null || pingAsked is null ? null : ping.At - pingAsked.Value, edit);
        }
        finally
        {
            await bot.StopAsync();
            await bot.DisposeAsync();
            await ScenarioStorage.DropAsync(connectionString, prefix);
        }
    }

    private static async Task<ScenarioResult> TwoInstancesAsync(string connectionString, int recipients)
    {
        var prefix = Prefix();
        await using var stub = await TeamsStub.StartAsync();
        var first = CollabBotApp.Build(Arguments(connectionString, prefix));
        var second = CollabBotApp.Build(Arguments(connectionString, prefix));
        await first.StartAsync();
        await second.StartAsync();
        try
        {
            await BenchAudience.SeedAsync(first.Services.GetRequiredService<IMemberStore>(), stub.Url, recipients);
            // Both are asked, as two instances running the same turn would: the broadcast is created once.
            await second.Services.GetRequiredService<IDeliveries>().BroadcastAsync(Request(prefix), default);
            return await BroadcastAsync("two", "two instances", first.Services, stub, prefix, recipients, _ => Task.CompletedTask);
        }
        finally
        {
            await Task.WhenAll(first.StopAsync(), second.StopAsync());
            await first.DisposeAsync();
            await second.DisposeAsync();
            await ScenarioStorage.DropAsync(connectionString, prefix);
        }
    }

    private static async Task<ScenarioResult> KilledAndRestartedAsync(string connectionString, int recipients)
    {
        var prefix = Prefix();
        await using var stub = await TeamsStub.StartAsync();
        // Storage and the engine's asking side only (no workers): the sending is done by the bot processes.
        var control = CollabBotApp.Build(Arguments(connectionString, prefix), services => services.RemoveAll<IHostedService>());
        await control.Services.GetRequiredService<CollabTables>().CreateAllAsync(default);
        await control.Services.GetRequiredService<CollabQueues>().CreateAllAsync(default);
        await BenchAudience.SeedAsync(control.Services.GetRequiredService<IMemberStore>(), stub.Url, recipients);
        var bot = BotProcess.Start(Arguments(connectionString, prefix));
        try
        {
            var killedAt = -1;
            var restartedAfter = TimeSpan.Zero;
            var result = await BroadcastAsync("killed", "killed and restarted", control.Services, stub, prefix, recipients, delivered =>
            {
                if (killedAt < 0 && delivered >= recipients / 2)
                {
                    bot.Kill();
                    killedAt = delivered;
                    var killed = Stopwatch.StartNew();
                    bot.Dispose();
                    bot = BotProcess.Start(Arguments(connectionString, prefix));
                    restartedAfter = killed.Elapsed;
                }
                return Task.CompletedTask;
            });
            return result with
            {
                Note = string.Create(CultureInfo.InvariantCulture,
                    $"the bot process was killed (SIGKILL) after {killedAt:N0} messages and started again at once; the new process " +
                    $"takes over the shard when its lease lapses (5 s) and resends what was in flight when the claims lapse (60 s)"),
            };
        }
        finally
        {
            bot.Dispose();
            await control.DisposeAsync();
            await ScenarioStorage.DropAsync(connectionString, prefix);
        }
    }

    /// <summary>Asks for the broadcast, waits until the engine says it is complete, and counts what the stub accepted.</summary>
    /// <param name="tick">Called with the number of recipients reached so far, every <see cref="Poll"/>.</param>
    private static async Task<ScenarioResult> BroadcastAsync(string key, string title, IServiceProvider services, TeamsStub stub, string prefix,
        int recipients, Func<int, Task> tick)
    {
        var deliveries = services.GetRequiredService<IDeliveries>();
        var request = Request(prefix);
        using var timings = new SendTimings();
        var asked = DateTimeOffset.UtcNow;
        await deliveries.BroadcastAsync(request, default);
        var text = Text(prefix);
        var progress = await CompleteAsync(deliveries, request.Id, recipients, () => tick(stub.All(text).Count()));
        var counts = Enumerable.Range(0, recipients).Select(i => stub.To(BenchAudience.ConversationOf(BenchAudience.MemberId(i)), text).Count).ToList();
        var last = stub.All(text).Select(a => a.At).DefaultIfEmpty(asked).Max();
        var first = stub.All(text).Select(a => a.At).DefaultIfEmpty(asked).Min();
        var note = progress is { Complete: true } ? null : $"not complete by the deadline: {progress}";
        return new ScenarioResult(key, title, recipients, counts.Count(n => n > 0), counts.Sum(n => Math.Max(0, n - 1)), counts.Count(n => n == 0),
            progress?.InDoubt ?? 0, last - asked, stub.Throttled, note)
        {
            Timings = string.Create(CultureInfo.InvariantCulture, $"first message accepted after {(first - asked).TotalSeconds:F2} s; ") +
            Shortfall.Describe(stub.All(text).Select(a => a.At).ToList(), TeamsLimits.TenantRate) + timings.Summary()
        };
    }

    /// <summary>
    /// Asks for an update of the broadcast the one-instance scenario sent (every recipient's message replaced in place),
    /// waits until the engine says it is complete, and checks each recipient's message against what the stub accepted.
    /// </summary>
    private static async Task<EditResult> EditAsync(IServiceProvider services, TeamsStub stub, string prefix, int recipients)
    {
        var deliveries = services.GetRequiredService<IDeliveries>();
        var request = Request(prefix, edited: true) with { Updates = Request(prefix).Id };
        var throttledBefore = stub.Throttled;
        using var timings = new SendTimings();
        var asked = DateTimeOffset.UtcNow;
        await deliveries.BroadcastAsync(request, default);
        var progress = await CompleteAsync(deliveries, request.Id, recipients, () => Task.CompletedTask);
        var text = Text(prefix, edited: true);
        var counts = Enumerable.Range(0, recipients).Select(i =>
        {
            var conversation = BenchAudience.ConversationOf(BenchAudience.MemberId(i));
            var originals = stub.To(conversation, Text(prefix)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            return stub.UpdatesIn(conversation, text).Count(u => originals.Contains(u.Id));
        }).ToList();
        var last = stub.AllUpdates(text).Select(u => u.At).DefaultIfEmpty(asked).Max();
        var first = stub.AllUpdates(text).Select(u => u.At).DefaultIfEmpty(asked).Min();
        var note = progress is { Complete: true } ? null : $"not complete by the deadline: {progress}";
        return new EditResult(recipients, counts.Count(n => n > 0), counts.Sum(n => Math.Max(0, n - 1)), counts.Count(n => n == 0),
            stub.All(text).Count(), last - asked, stub.Throttled - throttledBefore, note)
        {
            Timings = string.Create(CultureInfo.InvariantCulture, $"first message accepted after {(first - asked).TotalSeconds:F2} s; ") +
            Shortfall.Describe(stub.AllUpdates(text).Select(u => u.At).ToList(), TeamsLimits.TenantRate) + timings.Summary()
        };
    }

    /// <summary>Waits until the engine says the broadcast is complete (or a deadline), then a second for anything still in flight.</summary>
    /// <param name="tick">Called every <see cref="Poll"/>.</param>
    private static async Task<BroadcastProgress?> CompleteAsync(IDeliveries deliveries, string broadcastId, int recipients, Func<Task> tick)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(recipients / 40.0 + 300);
        BroadcastProgress? progress = null;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll);
            await tick();
            progress = await deliveries.ProgressAsync(broadcastId, default);
            if (progress is { Complete: true })
            {
                break;
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        return progress;
    }

    private static BroadcastRequest Request(string prefix, bool edited = false) =>
        new((edited ? "bench-news-edit:" : "bench-news:") + prefix, Audience.MembersOf([BenchAudience.Group]), BatchSender.ReplyContent,
            new OutgoingMessage(Text(prefix, edited), null, null).Serialize(), DeliveryPriority.Bulk, edited ? "Benchmark news, edited" : "Benchmark news");

    private static string Text(string prefix, bool edited = false) => (edited ? "News, edited " : "News ") + prefix;

    private static string Prefix() => "d" + Guid.NewGuid().ToString("N")[..8];

    private static string[] Arguments(string connectionString, string prefix) =>
    [
        "--urls", "http://127.0.0.1:0",
        "--environment", "Development",
        "--Storage:ConnectionString", connectionString,
        "--Storage:TablePrefix", prefix,
        "--Collab:AllowedTenants:0", BenchAudience.Tenant,
        "--Collab:Staff:0", BenchAudience.StaffId,
        "--Surveys:ResponseKey", "benchmark-response-key-0123456789-abcdefghijkl",
        "--Logging:LogLevel:Default", "Error",
    ];
}
