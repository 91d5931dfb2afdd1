using CollabBot.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CollabBot.Bot.Teams;

/// <summary>Sends a turn's replies in one batch; a card update replaces the card whose button was pressed.</summary>
public sealed partial class ReplySender(ILogger<ReplySender> logger)
{
    public async Task SendAsync(ITurnContext turnContext, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var toSend = new List<IActivity>(replies.Count);
        foreach (var reply in replies)
        {
            var activity = ActivityMapping.ToActivity(reply);
            if (reply is CardUpdate && turnContext.Activity.ReplyToId is { Length: > 0 } cardId && await TryUpdateAsync(turnContext, activity, cardId, cancellationToken))
            {
                continue;
            }
            toSend.Add(activity);
        }
        if (toSend.Count > 0)
        {
            await turnContext.SendActivitiesAsync([.. toSend], cancellationToken);
        }
    }

    // Some clients (the Emulator among them) cannot update a message: the new card is then posted instead.
    private async Task<bool> TryUpdateAsync(ITurnContext turnContext, Activity activity, string cardId, CancellationToken cancellationToken)
    {
        activity.Id = cardId;
        try
        {
            await turnContext.UpdateActivityAsync(activity, cancellationToken);
            return true;
        }
        catch (Microsoft.Bot.Schema.ErrorResponseException e)
        {
            LogUpdateFailed(logger, cardId, (int?)e.Response?.StatusCode);
            activity.Id = null;
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update card {ActivityId} in place (status {Status}); posting it anew")]
    private static partial void LogUpdateFailed(ILogger logger, string activityId, int? status);
}
