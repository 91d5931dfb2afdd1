using System.Globalization;

namespace CollabBot.Bench.Delivery;

/// <summary>What the edit of a sent broadcast measured, from the stub's accepted updates and posts.</summary>
/// <param name="Updated">Recipients whose message (the activity the stub gave their original post) was updated with the new text.</param>
/// <param name="Duplicates">Updates beyond the first of the same recipient's message.</param>
/// <param name="Missed">Recipients whose message was not updated.</param>
/// <param name="NewPosts">Messages posted with the new text instead of updating one.</param>
/// <param name="Elapsed">From asking for the update to the last update Teams accepted.</param>
public sealed record EditResult(int Recipients, int Updated, int Duplicates, int Missed, int NewPosts, TimeSpan Elapsed, int Throttled,
    string? Note = null)
{
    public const string Title = "edit after sending";

    /// <summary>The sends' round trips and waits for the tenant's slot (<see cref="SendTimings"/>).</summary>
    public string? Timings { get; init; }

    public double Rate => Updated / Elapsed.TotalSeconds;

    public double Ratio => Rate / TeamsLimits.TenantRate;

    public void Print()
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Title,-26} updated {Updated,6}  duplicates {Duplicates}  missed {Missed}  new posts {NewPosts}  elapsed {Elapsed.TotalSeconds,6:F1} s  " +
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
        new("delivery_edit_updated", Updated),
        new("delivery_edit_duplicates", Duplicates),
        new("delivery_edit_missed", Missed),
        new("delivery_edit_new_posts", NewPosts),
        new("delivery_edit_elapsed_s", Math.Round(Elapsed.TotalSeconds, 2)),
        new("delivery_edit_rate", Math.Round(Rate, 2)),
        new("delivery_edit_rate_ratio", Math.Round(Ratio, 3)),
        new("delivery_edit_throttled", Throttled),
    ];
}
