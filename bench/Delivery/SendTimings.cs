using System.Diagnostics.Metrics;
using System.Globalization;
using CollabBot.Bot.Delivery;

namespace CollabBot.Bench.Delivery;

/// <summary>Listens to the engine's send metrics during a scenario: how long sends waited for the tenant's slot, and their round trips.</summary>
public sealed class SendTimings : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly List<double> waits = [];
    private readonly List<double> trips = [];
    private readonly List<double> handOvers = [];
    private readonly Lock gate = new();

    public SendTimings()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DeliveryMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            lock (gate)
            {
                (instrument == DeliveryMetrics.SlotWait ? waits : instrument == DeliveryMetrics.HandOver ? handOvers : trips).Add(value);
            }
        });
        listener.Start();
    }

    /// <summary>The figures, or null when no send was seen (a bot in a process of its own).</summary>
    public string? Summary()
    {
        lock (gate)
        {
            return trips.Count == 0 ? null : string.Create(CultureInfo.InvariantCulture,
                $"sends {trips.Count}: round trip mean {Mean(trips):F1} ms, p95 {Percentile(trips, 0.95):F0} ms; " +
                $"wait for the tenant's slot p50 {Percentile(waits, 0.5):F0} ms, p95 {Percentile(waits, 0.95):F0} ms; " +
                $"slot taken after it freed mean {Mean(handOvers):F1} ms, p95 {Percentile(handOvers, 0.95):F1} ms");
        }
    }

    public void Dispose() => listener.Dispose();

    private static double Mean(List<double> values) => values.Count == 0 ? 0 : values.Average();

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }
}
