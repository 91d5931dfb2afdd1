namespace CollabBot.Bench.Delivery;

/// <summary>At most <see cref="Limit"/> accepted requests in any <see cref="Window"/>, counted over the last window (not in fixed slots).</summary>
public sealed class SlidingWindow(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> accepted = new();

    public int Limit { get; } = limit;

    public TimeSpan Window { get; } = window;

    /// <returns>Zero when a request now fits, else how long until the oldest request in the window leaves it.</returns>
    public TimeSpan WaitAt(DateTimeOffset now)
    {
        while (accepted.Count > 0 && accepted.Peek() <= now - Window)
        {
            accepted.Dequeue();
        }
        return accepted.Count < Limit ? TimeSpan.Zero : accepted.Peek() + Window - now;
    }

    public void Record(DateTimeOffset now) => accepted.Enqueue(now);
}

/// <summary>
/// Teams' limits for a bot's proactive messages: about 50 requests per second per app and tenant; per conversation
/// 7 per second, 8 per 2 seconds, 60 per 30 seconds and 1,800 per hour. Only accepted requests are counted.
/// </summary>
public sealed class TeamsLimits
{
    public const double TenantRate = 50;

    private readonly Lock gate = new();
    private readonly Dictionary<string, SlidingWindow[]> tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingWindow[]> conversations = new(StringComparer.Ordinal);

    /// <returns>Null when the request is accepted (and counted), else the Retry-After to answer with 429.</returns>
    public TimeSpan? TryAccept(string tenantId, string conversationId)
    {
        var now = DateTimeOffset.UtcNow;
        lock (gate)
        {
            var windows = For(tenants, tenantId, () => [new SlidingWindow((int)TenantRate, TimeSpan.FromSeconds(1))])
                .Concat(For(conversations, conversationId, () =>
                [
                    new SlidingWindow(7, TimeSpan.FromSeconds(1)),
                    new SlidingWindow(8, TimeSpan.FromSeconds(2)),
                    new SlidingWindow(60, TimeSpan.FromSeconds(30)),
                    new SlidingWindow(1800, TimeSpan.FromHours(1)),
                ])).ToList();
            var wait = windows.Max(w => w.WaitAt(now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }
            foreach (var window in windows)
            {
                window.Record(now);
            }
            return null;
        }
    }

    private static SlidingWindow[] For(Dictionary<string, SlidingWindow[]> windows, string key, Func<SlidingWindow[]> create)
    {
        if (!windows.TryGetValue(key, out var found))
        {
            windows[key] = found = create();
        }
        return found;
    }
}
