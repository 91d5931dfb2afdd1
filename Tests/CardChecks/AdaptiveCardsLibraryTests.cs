using System.Diagnostics;
using System.Text.Json;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.CardChecks;

/// <summary>
/// Every card in the catalogue is parsed, validated and rendered by the official adaptivecards JS library
/// (tools/check-cards.mjs); any parse event or rule violation fails.
/// </summary>
public sealed class AdaptiveCardsLibraryTests
{
    [Fact]
    public async Task EveryCardPassesTheAdaptiveCardsLibrary()
    {
        var folder = Path.Combine(RepoPaths.Root, "artifacts", "cards");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        var cards = CardCatalog.All().ToList();
        Assert.Equal(cards.Count, cards.Select(c => c.Name).Distinct().Count());
        foreach (var (name, card) in cards)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".json"), card.ToJson());
        }

        var (exitCode, output) = await RunNodeAsync("tools/check-cards.mjs", folder);

        using var report = JsonDocument.Parse(output);
        var errors = report.RootElement.GetProperty("errors").EnumerateObject()
            .Select(e => $"{e.Name}: {string.Join("; ", e.Value.EnumerateArray().Select(m => m.GetString()))}").ToList();
        Assert.True(errors.Count == 0, "Card faults:\n" + string.Join("\n", errors));
        Assert.Equal(0, exitCode);
        Assert.Equal(cards.Count, report.RootElement.GetProperty("checked").GetInt32());
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string script, string argument)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(RepoPaths.Root, script), argument])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode is 0 or 1, $"check-cards failed to run: {await error}");
        return (process.ExitCode, await output);
    }
}
