using System.Globalization;

namespace CollabBot.Bench.Delivery;

/// <summary>
/// Where a broadcast fell short of the limit: the seconds (from its first accepted message) that carried fewer than 90% of
/// the allowed rate, and how many messages short of the rate those seconds were in all. A pacer-bound broadcast has none
/// but its last; seconds short in the middle mean the sends were not there to take their slots (a storage stall).
/// </summary>
public static class Shortfall
{
    public static string Describe(IReadOnlyCollection<DateTimeOffset> accepted, double rate)
    {
        if (accepted.Count == 0)
        {
            return "";
        }
        var first = accepted.Min();
        var seconds = accepted.GroupBy(at => (int)(at - first).TotalSeconds).ToDictionary(g => g.Key, g => g.Count());
        var last = seconds.Keys.Max();
        // The last second is partial: left out.
        var short_ = Enumerable.Range(0, last).Select(s => seconds.GetValueOrDefault(s)).Where(n => n < 0.9 * rate).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"seconds under 90% of the rate: {short_.Count} of {last}, {short_.Sum(n => rate - n):F0} messages short in them; ");
    }
}
