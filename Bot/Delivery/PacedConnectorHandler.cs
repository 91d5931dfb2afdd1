namespace CollabBot.Bot.Delivery;

/// <summary>
/// Takes the tenant's pacer slot around the HTTP request itself, on the connector clients' HTTP pipeline: the slot is held
/// from the moment the request leaves until its answer arrives (and a second after), not while the SDK builds the client
/// and the activity before, or reads the answer after. The delivery engine names the tenant's pacer for the send it is
/// making (<see cref="Tenant"/>); any other request passes unpaced.
/// </summary>
public sealed class PacedConnectorHandler : DelegatingHandler
{
    private static readonly AsyncLocal<Pacer?> Current = new();

    /// <summary>The pacer of the tenant the current send goes to; null outside the engine's sends.</summary>
    public static Pacer? Tenant
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Tenant is not { } pacer)
        {
            return await base.SendAsync(request, cancellationToken);
        }
        var waited = System.Diagnostics.Stopwatch.GetTimestamp();
        using (await pacer.WaitAsync(cancellationToken))
        {
            var sent = System.Diagnostics.Stopwatch.GetTimestamp();
            DeliveryMetrics.SlotWait.Record(System.Diagnostics.Stopwatch.GetElapsedTime(waited, sent).TotalMilliseconds);
            var response = await base.SendAsync(request, cancellationToken);
            DeliveryMetrics.RoundTrip.Record(System.Diagnostics.Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            return response;
        }
    }
}
