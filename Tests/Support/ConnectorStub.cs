using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Support;

/// <summary>
/// Stands in for the Bot Connector service: the bot's replies (posted), card updates (put) and member look-ups
/// arrive here over real HTTP on loopback, given to the bot as the activities' serviceUrl.
/// </summary>
public sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private int nextId;

    private ConnectorStub(WebApplication app) => this.app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>When set, sends are answered with this status (e.g. 429, 403) instead of 200.</summary>
    public int? FailSendsWith { get; set; }

    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> script = new();

    /// <summary>When set, sends are held (not answered) until it completes, as a connector that stalls; <see cref="Held"/> counts them.</summary>
    public TaskCompletionSource? HoldSends { get; set; }

    private int held;

    public int Held => Volatile.Read(ref held);

    /// <summary>The next sends are answered with these statuses, in turn (and a Retry-After header when given); then 200.</summary>
    public void AnswerNext(params (int Status, string? RetryAfter)[] answers)
    {
        foreach (var answer in answers)
        {
            script.Enqueue(answer);
        }
    }

    /// <summary>Who Teams says is in a team (its paged roster), by object id and name.</summary>
    public ConcurrentQueue<(string ObjectId, string Name)> TeamRoster { get; } = new();

    /// <summary>Every answer the stub gave, with its time: to check that a retry waited.</summary>
    public ConcurrentQueue<(DateTimeOffset At, int Status)> Answers { get; } = new();

    public IReadOnlyList<ConnectorCall> Calls => [.. calls];

    public static async Task<ConnectorStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new ConnectorStub(builder.Build());
        stub.app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, HttpContext http) => stub.RecordAsync("POST", conversationId, http));
        stub.app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext http) => stub.RecordAsync("POST", conversationId, http));
        stub.app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, HttpContext http) => stub.RecordAsync("PUT", conversationId, http));
        stub.app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId) =>
        {
            stub.calls.Enqueue(new ConnectorCall("DELETE", Uri.UnescapeDataString(conversationId), activityId, []));
            return Results.Ok();
        });
        stub.app.MapGet("/v3/conversations/{teamId}/pagedmembers", () => Results.Json(new
        {
            members = stub.TeamRoster.Select(m => new { id = "29:" + m.ObjectId, name = m.Name, aadObjectId = m.ObjectId }).ToArray(),
            continuationToken = (string?)null,
        }));
        stub.app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            Results.Json(new { id = memberId, name = "Member " + memberId, aadObjectId = memberId, email = MemberEmail(memberId), userPrincipalName = MemberEmail(memberId) }));
        await stub.app.StartAsync();
        stub.ServiceUrl = stub.app.Urls.First();
        return stub;
    }

    /// <summary>The e-mail address Teams gives for a member (by the id the activity's sender has).</summary>
    public static string MemberEmail(string memberId) => $"{Uri.UnescapeDataString(memberId).Replace(':', '-')}@example.org";

    public IReadOnlyList<ConnectorCall> CallsFor(string conversationId) =>
        [.. calls.Where(c => c.ConversationId == conversationId)];

    public void Clear() => calls.Clear();

    /// <summary>The first call that matches, waiting for it (messages the bot sends on its own come a moment later).</summary>
    public async Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (calls.FirstOrDefault(match) is { } call)
            {
                return call;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException("The bot did not send the message waited for.");
            }
            await Task.Delay(50);
        }
    }

    private async Task<IResult> RecordAsync(string method, string conversationId, HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var activity = JObject.Parse(await reader.ReadToEndAsync());
        if (HoldSends is { } hold)
        {
            Interlocked.Increment(ref held);
            await hold.Task;
        }
        if (script.TryDequeue(out var scripted) || FailSendsWith is not null)
        {
            var (status, retryAfter) = scripted.Status != 0 ? scripted : (FailSendsWith!.Value, null);
            Answers.Enqueue((DateTimeOffset.UtcNow, status));
            if (retryAfter is not null)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }
            return Results.StatusCode(status);
        }
        var id = method == "PUT" ? (string)http.Request.RouteValues["activityId"]! : "reply-" + Interlocked.Increment(ref nextId);
        var replyTo = http.Request.RouteValues.TryGetValue("replyToId", out var r) ? r as string : null;
        calls.Enqueue(new ConnectorCall(method, Uri.UnescapeDataString(conversationId), id, activity) { ReplyToId = replyTo });
        Answers.Enqueue((DateTimeOffset.UtcNow, 200));
        return Results.Json(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <param name="ActivityId">The id the stub gave a posted activity, or the id of the activity updated.</param>
public sealed record ConnectorCall(string Method, string ConversationId, string ActivityId, JObject Activity)
{
    /// <summary>The activity this call answers, when it was posted as a reply.</summary>
    public string? ReplyToId { get; init; }

    public string? Text => Activity["text"]?.Value<string>();

    public JObject? Card => Activity["attachments"]?.FirstOrDefault(a => a["contentType"]?.Value<string>() == "application/vnd.microsoft.card.adaptive")?["content"] as JObject;

    /// <summary>All text of the card (text blocks, facts, button titles), for assertions.</summary>
    public string CardText => Card is null ? "" : string.Join("\n", Card.Descendants().OfType<JProperty>()
        .Where(p => p.Name is "text" or "title" or "value" && p.Value.Type == JTokenType.String)
        .Select(p => p.Value.ToString()));

    public string Shown => Text ?? CardText;
}
