using CollabBot.Bot.Storage;
using CollabBot.Bot.Teams;
using CollabBot.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CollabBot.Bot.Hosting;

/// <summary>
/// The one error boundary of a turn. It logs once, apologises when it can, and never throws of its own accord:
/// a failure of a dependency is rethrown as <see cref="DependencyUnavailableException"/> so the endpoint answers
/// 503 or 502 (the channel retries), anything else is answered 200 after the apology. The conversation's state is
/// never deleted: it was not saved by the failed turn, so a form in progress keeps its place.
/// </summary>
public sealed partial class TurnErrorBoundary(ILogger<TurnErrorBoundary> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        if (exception is StateConflictException)
        {
            // Another copy of this turn (a re-delivery) saved first: its answer and state stand.
            LogConflict(logger, activity.Id);
            return;
        }
        var unavailable = exception as DependencyUnavailableException ?? TurnFailures.Unavailable(exception);
        if (unavailable is not null)
        {
            LogUnavailable(logger, unavailable.Dependency, activity.Type, activity.Id, exception.GetType().Name);
        }
        else
        {
            LogTurnFailed(logger, exception, activity.Type, activity.Id);
        }
        if (activity.Type == ActivityTypes.Message && unavailable?.Status != StatusCodes.Status502BadGateway)
        {
            await ApologiseAsync(turnContext, unavailable is not null);
        }
        if (unavailable is not null)
        {
            throw unavailable;
        }
    }

    private async Task ApologiseAsync(ITurnContext turnContext, bool storageDown)
    {
        var locale = turnContext.TurnState.Get<Member>(TurnStateKeys.Sender)?.Locale ?? turnContext.Activity.Locale;
        var formInProgress = turnContext.TurnState.Get<ConversationData>(TurnStateKeys.Conversation)?.Form is not null;
        var text = storageDown ? HostReplies.StorageUnavailable(locale)
            : formInProgress ? HostReplies.SomethingWentWrongInForm(locale)
            : HostReplies.SomethingWentWrong(locale);
        try
        {
            await turnContext.SendActivityAsync(text);
        }
        catch (Exception e) when (TurnFailures.Unavailable(e) is not null)
        {
            LogApologyFailed(logger, turnContext.Activity.Id, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn for activity {ActivityId} lost a state write to a concurrent turn")]
    private static partial void LogConflict(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Dependency} unavailable during the {ActivityType} turn of activity {ActivityId} ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string dependency, string activityType, string? activityId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} activity {ActivityId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not apologise for activity {ActivityId} ({Reason})")]
    private static partial void LogApologyFailed(ILogger logger, string? activityId, string reason);
}
