using System.Net;
using Azure;

namespace CollabBot.Bot.Hosting;

/// <summary>
/// A turn that could not be answered because something it depends on is down: storage (503) or the channel
/// that takes the replies (502). The endpoint answers with <see cref="Status"/>, so the channel retries later.
/// </summary>
public sealed class DependencyUnavailableException(string dependency, int status, Exception inner)
    : Exception($"{dependency} is unavailable.", inner)
{
    public string Dependency { get; } = dependency;

    public int Status { get; } = status;
}

/// <summary>Tells failures of what a turn depends on from faults of the bot's own.</summary>
public static class TurnFailures
{
    public static DependencyUnavailableException? Unavailable(Exception e) =>
        IsStorageOutage(e) ? new("Storage", StatusCodes.Status503ServiceUnavailable, e)
        : IsChannelFailure(e) ? new("The channel", StatusCodes.Status502BadGateway, e)
        : null;

    /// <summary>Table Storage refused or could not be reached (a spent retry is an AggregateException of these).</summary>
    public static bool IsStorageOutage(Exception e) => e switch
    {
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsStorageOutage),
        _ => false,
    };

    /// <summary>The Bot Connector (the activity's serviceUrl) could not be reached or did not take a reply.</summary>
    private static bool IsChannelFailure(Exception e) => e switch
    {
        HttpRequestException => true,
        Microsoft.Bot.Schema.ErrorResponseException => true,
        Microsoft.Rest.HttpOperationException => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    /// <summary>The sign-in metadata (OpenID keys) needed to check a token could not be fetched.</summary>
    public static bool IsSignInMetadataUnavailable(Exception e) =>
        e is HttpRequestException or IOException
        || (e is InvalidOperationException && e.Message.StartsWith("IDX20803", StringComparison.Ordinal))
        || (e.InnerException is { } inner && IsSignInMetadataUnavailable(inner));

    public static bool IsStatus(Exception e, HttpStatusCode status) =>
        e is Microsoft.Bot.Schema.ErrorResponseException { Response.StatusCode: var code } && code == status;
}
