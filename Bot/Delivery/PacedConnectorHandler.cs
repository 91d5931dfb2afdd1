namespace CollabBot.Bot.Delivery;

/// <summary>
/// Takes the tenant's pacer slot around the HTTP request itself, on the connector clients' HTTP pipeline: the slot is held
/// from the moment the request leaves until its answer arrives (and a second after), not while the SDK builds the client
/// and the activity before, or reads the answer after. The recipient's row is claimed here, just before the slot is
/// waited for: claimed at the last moment, but outside the slot, whose hold the claim's storage round trip would lengthen
/// (the rate is the budget over one second plus the hold). The delivery engine names the send it is making
/// (<see cref="Current"/>); any other request passes unpaced.
/// </summary>
public sealed class PacedConnectorHandler : DelegatingHandler
{
    private static readonly AsyncLocal<PacedSend?> Making = new();

    /// <summary>The engine's send under way in this flow; null outside the engine's sends.</summary>
    public static PacedSend? Current
    {
        get => Making.Value;
        set => Making.Value = value;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Current is not { } send)
        {
            return await base.SendAsync(request, cancellationToken);
        }
        if (!await send.ClaimAsync(cancellationToken))
        {
            throw new ClaimLostException();
        }
        var waited = System.Diagnostics.Stopwatch.GetTimestamp();
        using (await send.Tenant.WaitAsync(cancellationToken))
        {
            var sent = System.Diagnostics.Stopwatch.GetTimestamp();
            DeliveryMetrics.SlotWait.Record(System.Diagnostics.Stopwatch.GetElapsedTime(waited, sent).TotalMilliseconds);
            var response = await base.SendAsync(request, cancellationToken);
            DeliveryMetrics.RoundTrip.Record(System.Diagnostics.Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            return response;
        }
    }
}

/// <summary>A send of the engine: its tenant's pacer, and the claim to take on the recipient's row before the request leaves.</summary>
public sealed record PacedSend(Pacer Tenant, Func<CancellationToken, Task<bool>> ClaimAsync);

/// <summary>Another worker claimed the recipient first: nothing was sent.</summary>
public sealed class ClaimLostException : Exception
{
    public ClaimLostException()
        : base("Another worker claimed this delivery.")
    {
    }

    public ClaimLostException(string message)
        : base(message)
    {
    }

    public ClaimLostException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
