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
        Surveys.SurveysHosting.MapFiles(app);
        return app;
    }

    private static async Task MessagesAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, ILogger<CollabAdapter> logger)
    {
        if (await ActivityGate.CheckAsync(http.Request, http.RequestAborted) is { } refused)
        {
            LogRefused(logger, refused.Status, refused.Error);
            http.Response.StatusCode = refused.Status;
            await http.Response.WriteAsJsonAsync(new { error = refused.Error }, http.RequestAborted);
            return;
        }
        try
        {
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or SecurityTokenException or ArgumentException && !http.Response.HasStarted)
        {
            // CloudAdapter answers a missing or invalid token with 401, but a malformed one can escape as an exception.
            LogUnauthorized(logger, e.GetType().Name);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
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
}
