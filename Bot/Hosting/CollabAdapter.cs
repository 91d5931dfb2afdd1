using CollabBot.Bot.Storage;
using CollabBot.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace CollabBot.Bot.Hosting;

/// <summary>
/// The CloudAdapter with the turn pipeline (tenant gate, conversation state and duplicates, sender) and the
/// one error boundary: log the exception, apologise, clear the conversation state so nobody stays stuck.
/// </summary>
public sealed partial class CollabAdapter : CloudAdapter
{
    public CollabAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        TenantGateMiddleware tenantGate,
        ConversationStateMiddleware stateMiddleware,
        SenderMiddleware sender,
        ILogger<CollabAdapter> logger)
        : base(authentication, logger)
    {
        Use(tenantGate);
        Use(stateMiddleware);
        Use(sender);
        OnTurnError = async (turnContext, exception) =>
        {
            if (exception is StateConflictException)
            {
                // Another copy of this turn (a re-delivery) saved first: its answer and state stand.
                LogConflict(logger, turnContext.Activity.Id);
                return;
            }
            LogTurnFailed(logger, exception, turnContext.Activity.Type, turnContext.Activity.Id);
            if (turnContext.Activity.Type == ActivityTypes.Message)
            {
                await turnContext.SendActivityAsync(
                    Dialogs.Conversation.HostReplies.SomethingWentWrong(turnContext.Activity.Locale));
            }
            await conversationState.DeleteAsync(turnContext);
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn for activity {ActivityId} lost a state write to a concurrent turn")]
    private static partial void LogConflict(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} activity {ActivityId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string? activityId);
}
