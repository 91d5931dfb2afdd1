using System.Collections.Concurrent;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Keeps sends to one key (a tenant, a conversation) under a rate as the receiver counts it. Slots are spaced evenly
/// (one every 1/rate seconds), and a send holds its place in the window from its start until a second after its answer:
/// whenever the receiver saw it arrive, that arrival lies in the span, so no second of the receiver's holds more than
/// the rate, however the network bunches requests. Teams' Retry-After pauses it.
/// </summary>
public sealed class Pacer(double perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);
    private readonly TimeSpan interval = TimeSpan.FromSeconds(1 / perSecond);
    private readonly int perWindow = Math.Max(1, (int)Math.Floor(perSecond));
    private readonly LinkedList<Send> sends = new();
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

    /// <summary>Waits for a slot; dispose the result when the receiver has answered (or the send was given up).</summary>
    public async Task<IDisposable> WaitAsync(CancellationToken cancellationToken)
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
                var oldestAnswer = DateTimeOffset.MaxValue;
                var holding = 0;
                for (var node = sends.First; node is not null;)
                {
                    var after = node.Next;
                    if (node.Value.AnsweredAt is { } answered)
                    {
                        if (now - answered >= Window)
                        {
                            sends.Remove(node);
                        }
                        else
                        {
                            holding++;
                            oldestAnswer = answered < oldestAnswer ? answered : oldestAnswer;
                        }
                    }
                    else
                    {
                        holding++;
                    }
                    node = after;
                }
                if (holding < perWindow)
                {
                    var send = new Send(this);
                    sends.AddLast(send);
                    return send;
                }
                wait = oldestAnswer == DateTimeOffset.MaxValue ? Poll : oldestAnswer + Window - now;
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

    private void Answered(Send send)
    {
        lock (gate)
        {
            send.AnsweredAt ??= DateTimeOffset.UtcNow;
        }
    }

    private sealed class Send(Pacer pacer) : IDisposable
    {
        public DateTimeOffset? AnsweredAt { get; set; }

        public void Dispose() => pacer.Answered(this);
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
