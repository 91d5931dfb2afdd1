using System.Text.Json;
using CollabBot.Bench.Turns;

// Benchmarks of CollabBot against floors measured in the same run. Usage:
//   dotnet run -c Release --project bench -- [turns] [recognition] [delivery]     (default: all)
// Storage__ConnectionString must point at a running Azurite (./bench.sh starts one).
var connectionString = Environment.GetEnvironmentVariable("Storage__ConnectionString")
    ?? throw new InvalidOperationException("Set Storage__ConnectionString to a running Azurite (./bench.sh does).");
var quick = Environment.GetEnvironmentVariable("BENCH_QUICK") == "1";
var selected = args.Length == 0 ? ["turns", "recognition", "delivery"] : args;
var figures = new Dictionary<string, object>();

if (selected.Contains("turns"))
{
    foreach (var (key, value) in await TurnBenchmark.RunAsync(connectionString, warmup: quick ? 20 : 100, turns: quick ? 100 : 600, responses: quick ? 1_000 : 10_000))
    {
        figures[key] = value;
    }
    Console.WriteLine();
}
if (selected.Contains("recognition"))
{
    foreach (var (key, value) in CollabBot.Bench.Recognition.RecognitionBenchmark.Run())
    {
        figures[key] = value;
    }
    Console.WriteLine();
}
if (selected.Contains("delivery"))
{
    foreach (var (key, value) in await CollabBot.Bench.Delivery.DeliveryBenchmark.RunAsync(connectionString, recipients: quick ? 1_000 : 10_000))
    {
        figures[key] = value;
    }
    Console.WriteLine();
}

Console.WriteLine(JsonSerializer.Serialize(figures));
