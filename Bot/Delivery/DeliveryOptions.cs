namespace CollabBot.Bot.Delivery;

/// <summary>The "Delivery" configuration section: the engine's pace and patience (docs/decisions/0010-delivery-engine.md).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>
    /// Messages per second to one tenant, as Teams counts them: Teams' limit of about 50 itself, since the pacer holds each
    /// send's place until a second after its answer, so no second of Teams' can count more, however the network bunches them.
    /// </summary>
    public double TenantRate { get; set; } = 50;

    /// <summary>Recipients per queued batch.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Audience members read per fan-out page.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>Tries before a delivery is given up as failed (429s that Teams asked us to wait for count too).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a dequeued batch stays hidden from other workers.</summary>
    public TimeSpan BatchVisibility { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a worker owns a shard without renewing (it renews every second); a dead worker's tenants wait this long
    /// before another takes them over. A holder stalled past it may send alongside the next for a moment: the row claims
    /// keep that from doubling a message, and a 429 from pacing twice is waited out.
    /// </summary>
    public TimeSpan ShardLease { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a recipient's claim lasts; one still "sending" after it is in doubt.</summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest a worker waits between looks at an empty queue.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a broadcast's progress card is updated at most.</summary>
    public TimeSpan ProgressEvery { get; set; } = TimeSpan.FromSeconds(3);

    public const int Shards = 8;

    /// <summary>A batch dequeued more often than this is moved to the poison queue.</summary>
    public const int PoisonAfter = 10;
}
