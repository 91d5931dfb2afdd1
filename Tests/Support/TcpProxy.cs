using System.Net;
using System.Net.Sockets;

namespace CollabBot.Tests.Support;

/// <summary>
/// Forwards a local port to another (here: to Azurite), and can be cut and restored, so a test can take storage
/// away from a running host and give it back.
/// </summary>
public sealed class TcpProxy : IDisposable
{
    private readonly int target;
    private readonly List<TcpClient> connections = [];
    private TcpListener? listener;
    private CancellationTokenSource running = new();

    public TcpProxy(int target)
    {
        this.target = target;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    public int Port { get; }

    /// <summary>Refuses new connections and drops open ones, as a storage outage would.</summary>
    public void Cut()
    {
        running.Cancel();
        running.Dispose();
        listener?.Stop();
        listener = null;
        lock (connections)
        {
            connections.ForEach(c => c.Dispose());
            connections.Clear();
        }
    }

    public void Restore()
    {
        running = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        _ = AcceptAsync(listener, running.Token);
    }

    private async Task AcceptAsync(TcpListener accepting, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await accepting.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, target, cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                client.Dispose();
                upstream.Dispose();
                continue;
            }
            lock (connections)
            {
                connections.Add(client);
                connections.Add(upstream);
            }
            _ = PipeAsync(client.GetStream(), upstream.GetStream(), cancellationToken);
            _ = PipeAsync(upstream.GetStream(), client.GetStream(), cancellationToken);
        }
    }

    private static async Task PipeAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // the other side or the proxy closed
        }
        finally
        {
            to.Close();
        }
    }

    public void Dispose()
    {
        if (listener is not null)
        {
            Cut();
        }
    }
}
