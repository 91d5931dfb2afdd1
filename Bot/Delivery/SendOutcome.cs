namespace CollabBot.Bot.Delivery;

public enum SendOutcome
{
    Sent,
    /// <summary>Teams said 429: wait <see cref="SendResult.RetryAfter"/>, then try again.</summary>
    Throttled,
    /// <summary>5xx, a timeout or a lost connection: try again later.</summary>
    Transient,
    /// <summary>403/404: the member uninstalled the app, left, or the conversation is gone.</summary>
    Gone,
    /// <summary>Teams refused the message itself (another 4xx): trying again won't help.</summary>
    Refused,
    /// <summary>Another worker claimed the recipient first: nothing was sent, and the outcome is theirs to write.</summary>
    TakenElsewhere,
}

/// <param name="MessageId">The id Teams gave the message sent, to update it later.</param>
public sealed record SendResult(SendOutcome Outcome, string? MessageId = null, TimeSpan? RetryAfter = null, string? Error = null);
