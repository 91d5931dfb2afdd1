using System.Collections.Concurrent;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Spaces sends evenly at a rate (one slot every 1/rate seconds), and never lets more than the rate start in any window
/// of a second: a process stalled for a moment would otherwise send every slot it missed at once when it wakes, and
/// Teams counts the burst. Teams' Retry-After pauses it.
/// </summary>
public sealed class Pacer(double perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly TimeSpan interval = TimeSpan.FromSeconds(1 / perSecond);
    private readonly int perWindow = Math.Max(1, (int)Math.Floor(perSecond));
    private readonly Queue<DateTimeOffset> started = new();
    private readonly Lock gate = new();
    private DateTimeOffset next = DateTimeOffset.MinValue;

    public DateTimeOffset Next
    {
        get
        {
            lock (gate)
            {
                return next;
            }
        }
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset slot;
        lock (gate)
        {
            var now = DateTimeOffset.UtcNow;
            slot = next > now ? next : now;
            next = slot + interval;
        }
        var wait = slot - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken);
        }
        while (true)
        {
            lock (gate)
            {
                var now = DateTimeOffset.UtcNow;
                while (started.Count > 0 && now - started.Peek() >= Window)
                {
                    started.Dequeue();
                }
                if (started.Count < perWindow)
                {
                    started.Enqueue(now);
                    return;
                }
                wait = started.Peek() + Window - now;
            }
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), cancellationToken);
        }
    }

    /// <summary>No slot before <paramref name="until"/> (Teams said 429 with Retry-After).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (gate)
        {
            if (until > next)
            {
                next = until;
            }
        }
    }
}

/// <summary>One pacer per key (a tenant, a conversation); idle ones are forgotten.</summary>
public sealed class Pacers(double perSecond)
{
    private const int ForgetAbove = 10_000;
    private readonly ConcurrentDictionary<string, Pacer> pacers = new(StringComparer.Ordinal);

    public Pacer For(string key)
    {
        if (pacers.Count > ForgetAbove)
        {
            var idle = DateTimeOffset.UtcNow.AddMinutes(-1);
            foreach (var (k, pacer) in pacers)
            {
                if (pacer.Next < idle)
                {
                    pacers.TryRemove(k, out _);
                }
            }
        }
        return pacers.GetOrAdd(key, _ => new Pacer(perSecond));
    }
}
