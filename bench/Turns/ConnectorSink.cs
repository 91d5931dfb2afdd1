using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollabBot.Bench.Turns;

/// <summary>A Bot Connector stand-in on loopback that accepts every reply, so both bots pay the same send cost.</summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication app;
    private int received;

    private ConnectorSink(WebApplication app) => this.app = app;

    public string Url => app.Urls.First();

    public int Received => received;

    public static async Task<ConnectorSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var sink = new ConnectorSink(builder.Build());
        sink.app.MapPost("/v3/conversations/{conversationId}/activities/{id?}", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref sink.received);
            return Results.Json(new { id = "sent" });
        });
        await sink.app.StartAsync();
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
