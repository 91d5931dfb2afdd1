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
        var shortSeconds = Enumerable.Range(0, last).Where(s => seconds.GetValueOrDefault(s) < 0.9 * rate).ToList();
        var missing = shortSeconds.Sum(s => rate - seconds.GetValueOrDefault(s));
        return string.Create(CultureInfo.InvariantCulture,
            $"seconds under 90% of the rate: {shortSeconds.Count} of {last} ({Ranges(shortSeconds)}), {missing:F0} messages short in them; ");
    }

    /// <summary>"3, 101-116, 230" for the first few runs of consecutive seconds.</summary>
    private static string Ranges(List<int> seconds)
    {
        var runs = new List<(int From, int To)>();
        foreach (var s in seconds)
        {
            if (runs.Count > 0 && runs[^1].To == s - 1)
            {
                runs[^1] = (runs[^1].From, s);
            }
            else
            {
                runs.Add((s, s));
            }
        }
        const int Shown = 12;
        var text = string.Join(", ", runs.Take(Shown).Select(r => r.From == r.To ? $"{r.From}" : $"{r.From}-{r.To}"));
        return runs.Count > Shown ? text + ", ..." : text;
    }
}
