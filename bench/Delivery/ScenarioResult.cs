using System.Globalization;

namespace CollabBot.Bench.Delivery;

/// <summary>What one scenario measured: counts from the stub's accepted posts, in doubt from the engine.</summary>
/// <param name="Elapsed">From asking for the broadcast to the last message Teams accepted.</param>
public sealed record ScenarioResult(string Key, string Title, int Recipients, int Delivered, int Duplicates, int Lost, int InDoubt,
    TimeSpan Elapsed, int Throttled, string? Note = null)
{
    /// <summary>The sends' round trips and waits for the tenant's slot (<see cref="SendTimings"/>).</summary>
    public string? Timings { get; init; }

    public double Rate => Delivered / Elapsed.TotalSeconds;

    public double Ratio => Rate / TeamsLimits.TenantRate;

    public void Print()
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Title,-26} delivered {Delivered,6}  duplicates {Duplicates}  lost {Lost}  in doubt {InDoubt}  elapsed {Elapsed.TotalSeconds,6:F1} s  " +
            $"rate {Rate:F1}/s of {TeamsLimits.TenantRate:F0}/s allowed = {Ratio:P1}  (429s: {Throttled})"));
        if (Note is not null)
        {
            Console.WriteLine("    " + Note);
        }
        if (Timings is not null)
        {
            Console.WriteLine("    " + Timings);
        }
    }

    public IEnumerable<KeyValuePair<string, object>> Figures() =>
    [
        new($"delivery_{Key}_delivered", Delivered),
        new($"delivery_{Key}_duplicates", Duplicates),
        new($"delivery_{Key}_lost", Lost),
        new($"delivery_{Key}_in_doubt", InDoubt),
        new($"delivery_{Key}_elapsed_s", Math.Round(Elapsed.TotalSeconds, 2)),
        new($"delivery_{Key}_rate", Math.Round(Rate, 2)),
        new($"delivery_{Key}_rate_ratio", Math.Round(Ratio, 3)),
        new($"delivery_{Key}_throttled", Throttled),
    ];
}
