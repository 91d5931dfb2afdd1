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
/// and an activity id, and records every accepted post per conversation with its time, text and id. An update (PUT
/// of an activity posted earlier) counts against the same limits, is answered 200 with the activity's id (404 when
/// the conversation has no such activity) and is recorded apart from the posts.
/// </summary>
public sealed class TeamsStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TeamsLimits limits = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Accepted>> accepted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Accepted>> updated = new(StringComparer.Ordinal);
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
        stub.app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpContext http) =>
            stub.PutAsync(Uri.UnescapeDataString(conversationId), Uri.UnescapeDataString(activityId), http));
        await stub.app.StartAsync();
        return stub;
    }

    /// <summary>The accepted posts to a conversation whose text is <paramref name="text"/>.</summary>
    public IReadOnlyList<Accepted> To(string conversationId, string text) =>
        accepted.TryGetValue(conversationId, out var posts) ? [.. posts.Where(p => p.Text == text)] : [];

    /// <summary>Accepted posts with this text, over every conversation.</summary>
    public IEnumerable<Accepted> All(string text) => accepted.Values.SelectMany(posts => posts.Where(p => p.Text == text));

    /// <summary>The accepted updates in a conversation whose new text is <paramref name="text"/>.</summary>
    public IReadOnlyList<Accepted> UpdatesIn(string conversationId, string text) =>
        updated.TryGetValue(conversationId, out var updates) ? [.. updates.Where(u => u.Text == text)] : [];

    /// <summary>Accepted updates with this new text, over every conversation.</summary>
    public IEnumerable<Accepted> AllUpdates(string text) => updated.Values.SelectMany(updates => updates.Where(u => u.Text == text));

    private async Task<IResult> PostAsync(string conversationId, HttpContext http)
    {
        var (tenant, text) = await ReadAsync(http);
        if (Throttle(tenant, conversationId, http) is { } refused)
        {
            return refused;
        }
        var id = "1:" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        accepted.GetOrAdd(conversationId, _ => new()).Enqueue(new Accepted(DateTimeOffset.UtcNow, text, id));
        return Results.Json(new { id }, statusCode: StatusCodes.Status201Created);
    }

    private async Task<IResult> PutAsync(string conversationId, string activityId, HttpContext http)
    {
        var (tenant, text) = await ReadAsync(http);
        if (!accepted.TryGetValue(conversationId, out var posts) || !posts.Any(p => p.Id == activityId))
        {
            return Results.NotFound();
        }
        if (Throttle(tenant, conversationId, http) is { } refused)
        {
            return refused;
        }
        updated.GetOrAdd(conversationId, _ => new()).Enqueue(new Accepted(DateTimeOffset.UtcNow, text, activityId));
        return Results.Json(new { id = activityId });
    }

    private static async Task<(string Tenant, string Text)> ReadAsync(HttpContext http)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        var tenant = body.RootElement.TryGetProperty("conversation", out var conversation)
            && conversation.TryGetProperty("tenantId", out var tenantId) && tenantId.GetString() is { } id ? id : "";
        var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        return (tenant, text);
    }

    /// <returns>429 with Retry-After when the request is over Teams' limits, else null (and the request is counted).</returns>
    private IResult? Throttle(string tenant, string conversationId, HttpContext http)
    {
        if (limits.TryAccept(tenant, conversationId) is not { } wait)
        {
            return null;
        }
        Interlocked.Increment(ref throttled);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.StatusCode(StatusCodes.Status429TooManyRequests);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <param name="Id">The activity id: the one the stub gave a post, or the one an update replaced.</param>
public sealed record Accepted(DateTimeOffset At, string Text, string Id);
