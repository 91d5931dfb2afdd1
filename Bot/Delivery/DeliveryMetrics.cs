using System.Diagnostics.Metrics;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// What the engine's sends cost, for whoever listens (an OpenTelemetry exporter, the benchmark): the time a send waited
/// for its tenant's slot, and the round trip of its HTTP request. A tenant's rate is at most its budget over one second
/// plus the round trip (see <see cref="Pacer"/>), so these say whether a broadcast was held by the pacer or by the work
/// before it.
/// </summary>
public static class DeliveryMetrics
{
    public const string MeterName = "CollabBot.Delivery";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> SlotWait = Meter.CreateHistogram<double>("collabbot.delivery.slot_wait", "ms",
        "Time a send waited for its tenant's slot");

    /// <summary>How late a send got its slot after the slot freed: each millisecond of it is lost from the tenant's rate.</summary>
    public static readonly Histogram<double> HandOver = Meter.CreateHistogram<double>("collabbot.delivery.hand_over", "ms",
        "Time from a tenant's slot freeing to a waiting send taking it");

    public static readonly Histogram<double> RoundTrip = Meter.CreateHistogram<double>("collabbot.delivery.round_trip", "ms",
        "Round trip of a send's HTTP request to the connector");
}
