using CollabBot.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CollabBot.Bot.Teams;

/// <summary>
/// Loads the conversation's state once, drops a re-delivery of an activity already answered (Teams re-sends
/// when a turn is slow), and after a completed turn records the activity as answered and saves the state once,
/// with its ETag. A turn that fails is not recorded, so its re-delivery runs again.
/// </summary>
public sealed partial class ConversationStateMiddleware(ConversationState state, ILogger<ConversationStateMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private readonly IStatePropertyAccessor<ConversationData> data = state.CreateProperty<ConversationData>(nameof(ConversationData));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id))
        {
            await next(cancellationToken);
            return;
        }
        var conversation = await data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        if (conversation.HasAnswered(activity.Id))
        {
            LogDuplicate(logger, activity.Id);
            return;
        }
        turnContext.TurnState.Add(TurnStateKeys.Conversation, conversation);
        await next(cancellationToken);
        conversation.MarkAnswered(activity.Id);
        await data.SetAsync(turnContext, conversation, cancellationToken);
        await state.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped re-delivered activity {ActivityId}")]
    private static partial void LogDuplicate(ILogger logger, string activityId);
}
