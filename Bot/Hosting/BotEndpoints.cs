using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace CollabBot.Bot.Hosting;

public static partial class BotEndpoints
{
    public static WebApplication MapCollabBot(this WebApplication app)
    {
        app.MapPost("/api/messages", MessagesAsync);
        app.MapGet("/healthz", HealthAsync);
        return app;
    }

    /// <summary>
    /// Every refusal is one log line and a 4xx; a dependency that is down is a 502 or 503 with Retry-After (the
    /// channel retries); only a fault of the bot's own can still be a 500.
    /// </summary>
    private static async Task MessagesAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, ILogger<CollabAdapter> logger)
    {
        if (await ActivityGate.CheckAsync(http.Request, http.RequestAborted) is { } refused)
        {
            await RefuseAsync(http, logger, refused.Status, refused.Error);
            return;
        }
        try
        {
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        }
        catch (DependencyUnavailableException e) when (!http.Response.HasStarted)
        {
            http.Response.Headers.RetryAfter = "10";
            http.Response.StatusCode = e.Status;
        }
        catch (Exception e) when (!http.Response.HasStarted && e is UnauthorizedAccessException or SecurityTokenException or ArgumentException)
        {
            // CloudAdapter answers a missing or invalid token with 401, but a malformed one can escape as an exception.
            LogUnauthorized(logger, e.GetType().Name);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (Newtonsoft.Json.JsonException e) when (!http.Response.HasStarted)
        {
            // A field of the wrong type (e.g. a timestamp that is not a date) stops the adapter reading the activity.
            await RefuseAsync(http, logger, StatusCodes.Status400BadRequest, "The activity could not be read: " + e.GetType().Name);
        }
        catch (Exception e) when (!http.Response.HasStarted && TurnFailures.IsSignInMetadataUnavailable(e))
        {
            LogNoMetadata(logger, e.GetType().Name);
            http.Response.Headers.RetryAfter = "30";
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }

    private static async Task RefuseAsync(HttpContext http, ILogger logger, int status, string error)
    {
        LogRefused(logger, status, error);
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new { error }, http.RequestAborted);
    }

    private static async Task<IResult> HealthAsync(Storage.CollabTables tables, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await tables[Storage.CollabTables.Members].GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("health", "check",
                cancellationToken: timeout.Token);
            return Results.Ok(new { status = "healthy", storage = "ok" });
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Any failure of the probe means unhealthy: refused connections surface as RequestFailedException,
            // HttpRequestException, or an AggregateException once the SDK's retries are spent; a slow store as a timeout.
            return Results.Json(new { status = "unhealthy", storage = e.GetType().Name }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused request with {Status}: {Error}")]
    private static partial void LogRefused(ILogger logger, int status, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused unauthenticated request ({Reason})")]
    private static partial void LogUnauthorized(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check a token: the sign-in metadata is unavailable ({Reason})")]
    private static partial void LogNoMetadata(ILogger logger, string reason);
}
