using System.Collections.Concurrent;

namespace CollabBot.Bot.Delivery;

/// <summary>At most <paramref name="Count"/> requests in any <paramref name="Window"/>, as the receiver counts them.</summary>
public readonly record struct RateLimit(int Count, TimeSpan Window)
{
    /// <summary>
    /// Teams' limits per bot and conversation (thread) for sending or updating a message: 7 per second, 8 per 2 seconds,
    /// 60 per 30 seconds, 1,800 per hour (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
    /// </summary>
    public static readonly RateLimit[] TeamsConversation =
    [
        new(7, TimeSpan.FromSeconds(1)), new(8, TimeSpan.FromSeconds(2)), new(60, TimeSpan.FromSeconds(30)), new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary><paramref name="perSecond"/> requests a second (Teams allows about 50 per bot and tenant).</summary>
    public static RateLimit[] PerSecond(double perSecond) => [new(Math.Max(1, (int)Math.Floor(perSecond)), TimeSpan.FromSeconds(1))];
}

/// <summary>
/// Keeps sends to one key (a tenant, a conversation) under limits as the receiver counts them. A send holds its place in
/// each limit's window from its start until that window's length after its answer: whenever the receiver saw it arrive,
/// that arrival lies in the span, so no window of the receiver's holds more than the limit, however the network bunches
/// requests. Within that, starts are spaced at the first limit's rate, with up to <c>burst</c> at once: sends that could
/// not go while the work before them stalled (a slow storage write) catch up at once, as far as the windows allow.
/// Teams' Retry-After pauses it.
/// </summary>
public sealed class Pacer
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);
    private readonly RateLimit[] limits;
    private readonly TimeSpan longest;
    private readonly TimeSpan interval;
    private readonly TimeSpan tolerance;
    private readonly TimeProvider clock;
    private readonly LinkedList<Send> sends = new();
    private readonly Lock gate = new();
    private DateTimeOffset next;

    /// <param name="limits">The receiver's limits; the first sets the spacing of starts.</param>
    /// <param name="burst">How many sends may start at once after a pause in the work (1: evenly spaced always).</param>
    public Pacer(IReadOnlyList<RateLimit> limits, int burst = 1, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(limits.Count);
        this.limits = [.. limits];
        longest = limits.Max(l => l.Window);
        interval = limits[0].Window / limits[0].Count;
        tolerance = interval * (Math.Clamp(burst, 1, limits[0].Count) - 1);
        this.clock = clock ?? TimeProvider.System;
        next = this.clock.GetUtcNow();
    }

    public Pacer(double perSecond, int burst = 1, TimeProvider? clock = null)
        : this(RateLimit.PerSecond(perSecond), burst, clock)
    {
    }

    /// <summary>When a send could next start if the windows allowed it (in the past when idle).</summary>
    public DateTimeOffset Next
    {
        get
        {
            lock (gate)
            {
                return next - tolerance;
            }
        }
    }

    /// <summary>Waits for a slot; dispose the result when the receiver has answered (or the send was given up).</summary>
    public async Task<IDisposable> WaitAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset slot;
        lock (gate)
        {
            // Spacing as a virtual schedule that may fall behind now by the burst, but never further.
            var now = clock.GetUtcNow();
            var earliest = next - tolerance;
            slot = now > earliest ? now : earliest;
            next = (next > slot ? next : slot) + interval;
        }
        var wait = slot - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
        // When the slot could first have been given: the spacing's time, then each time a window frees.
        var due = slot;
        while (true)
        {
            lock (gate)
            {
                var now = clock.GetUtcNow();
                if (FreeAt(now) is not { } free)
                {
                    var send = new Send(this);
                    sends.AddLast(send);
                    DeliveryMetrics.HandOver.Record(Math.Max(0, (now - due).TotalMilliseconds));
                    return send;
                }
                due = free;
                wait = due - now;
            }
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), clock, cancellationToken);
        }
    }

    /// <summary>No slot before <paramref name="until"/> (Teams said 429 with Retry-After); then evenly spaced again.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (gate)
        {
            if (until + tolerance > next)
            {
                next = until + tolerance;
            }
        }
    }

    /// <returns>Null when a send may start now; else the earliest time a full window may have a place.</returns>
    private DateTimeOffset? FreeAt(DateTimeOffset now)
    {
        Span<int> holding = stackalloc int[limits.Length];
        Span<long> oldest = stackalloc long[limits.Length];
        oldest.Fill(long.MaxValue);
        for (var node = sends.First; node is not null;)
        {
            var after = node.Next;
            var answered = node.Value.AnsweredAt;
            if (answered is { } at && now - at >= longest)
            {
                sends.Remove(node);
            }
            else
            {
                for (var i = 0; i < limits.Length; i++)
                {
                    if (answered is not { } a)
                    {
                        holding[i]++;
                    }
                    else if (now - a < limits[i].Window)
                    {
                        holding[i]++;
                        oldest[i] = Math.Min(oldest[i], a.UtcTicks);
                    }
                }
            }
            node = after;
        }
        DateTimeOffset? free = null;
        for (var i = 0; i < limits.Length; i++)
        {
            if (holding[i] < limits[i].Count)
            {
                continue;
            }
            // Full: not before its oldest answered send leaves it (or, all unanswered, look again shortly).
            var at = oldest[i] == long.MaxValue ? now + Poll : new DateTimeOffset(oldest[i], TimeSpan.Zero) + limits[i].Window;
            free = free is { } f && f > at ? f : at;
        }
        return free;
    }

    private void Answered(Send send)
    {
        lock (gate)
        {
            send.AnsweredAt ??= clock.GetUtcNow();
        }
    }

    private sealed class Send(Pacer pacer) : IDisposable
    {
        public DateTimeOffset? AnsweredAt { get; set; }

        public void Dispose() => pacer.Answered(this);
    }
}

/// <summary>One pacer per key (a tenant, a conversation); idle ones are forgotten.</summary>
public sealed class Pacers(Func<Pacer> create)
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
        return pacers.GetOrAdd(key, _ => create());
    }
}
