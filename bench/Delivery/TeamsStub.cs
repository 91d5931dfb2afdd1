using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollabBot.Bench.Delivery;

/// <summary>
/// A Bot Connector stand-in on loopback that behaves like Teams for proactive messages: it enforces
/// <see cref="TeamsLimits"/> (429 with Retry-After in whole seconds beyond them), answers an accepted post with 201
/// and an activity id, and records every accepted post per conversation with its time and text.
/// </summary>
public sealed class TeamsStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TeamsLimits limits = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Accepted>> accepted = new(StringComparer.Ordinal);
    private long nextId;
    private int throttled;

    private TeamsStub(WebApplication app) => this.app = app;

    public string Url => app.Urls.First();

    /// <summary>Requests answered 429.</summary>
    public int Throttled => throttled;

    public static async Task<TeamsStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new TeamsStub(builder.Build());
        stub.app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", (string conversationId, HttpContext http) =>
            stub.PostAsync(Uri.UnescapeDataString(conversationId), http));
        await stub.app.StartAsync();
        return stub;
    }

    /// <summary>The accepted posts to a conversation whose text is <paramref name="text"/>.</summary>
    public IReadOnlyList<Accepted> To(string conversationId, string text) =>
        accepted.TryGetValue(conversationId, out var posts) ? [.. posts.Where(p => p.Text == text)] : [];

    /// <summary>Accepted posts with this text, over every conversation.</summary>
    public IEnumerable<Accepted> All(string text) => accepted.Values.SelectMany(posts => posts.Where(p => p.Text == text));

    private async Task<IResult> PostAsync(string conversationId, HttpContext http)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        var tenant = body.RootElement.TryGetProperty("conversation", out var conversation)
            && conversation.TryGetProperty("tenantId", out var tenantId) && tenantId.GetString() is { } id ? id : "";
        var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        if (limits.TryAccept(tenant, conversationId) is { } wait)
        {
            Interlocked.Increment(ref throttled);
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }
        accepted.GetOrAdd(conversationId, _ => new()).Enqueue(new Accepted(DateTimeOffset.UtcNow, text));
        return Results.Json(new { id = "1:" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture) }, statusCode: StatusCodes.Status201Created);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record Accepted(DateTimeOffset At, string Text);
