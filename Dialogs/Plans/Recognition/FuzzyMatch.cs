namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>
/// Bounded optimal-string-alignment distance (Levenshtein plus adjacent transpositions).
/// </summary>
public static class FuzzyMatch
{
    /// <summary>Shorter strings get no tolerance: at 5 letters and below one edit turns words into other words ("vague"/"hague").</summary>
    public static int MaxEdits(int length) => length switch
    {
        < 6 => 0,
        < 10 => 1,
        _ => 2,
    };

    /// <summary>
    /// Distance between <paramref name="a"/> and <paramref name="b"/>, or -1 when it exceeds <paramref name="max"/>.
    /// Without <paramref name="substitutions"/>, a changed letter costs 2, so one edit is a dropped, doubled or swapped letter
    /// (typing slips) but not a different letter ("planting" stays away from "planning").
    /// </summary>
    public static int Distance(string a, string b, int max, bool substitutions = true)
    {
        var substitutionCost = substitutions ? 1 : 2;
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return -1;
        }

        var n = b.Length;
        Span<int> prev2 = n < 128 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> prev = n < 128 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> cur = n < 128 ? stackalloc int[n + 1] : new int[n + 1];
        for (var j = 0; j <= n; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= n; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : substitutionCost;
                var d = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, prev2[j - 2] + 1);
                }

                cur[j] = d;
                rowMin = Math.Min(rowMin, d);
            }

            if (rowMin > max)
            {
                return -1;
            }

            var tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }

        return prev[n] <= max ? prev[n] : -1;
    }
}
