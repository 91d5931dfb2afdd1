using CollabBot.Bot.Delivery;
using CollabBot.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CollabBot.Bot.Teams;

/// <summary>
/// Sends a turn's replies in one batch; a card update replaces the card whose button was pressed. A card that shows a
/// broadcast's progress is handed to the delivery engine with its message id, to be updated while the broadcast runs.
/// </summary>
public sealed partial class ReplySender(IProgressCards progressCards, ILogger<ReplySender> logger)
{
    public async Task SendAsync(ITurnContext turnContext, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var toSend = new List<(IActivity Activity, Reply Reply)>(replies.Count);
        foreach (var reply in replies)
        {
            var activity = ActivityMapping.ToActivity(reply);
            if (reply is CardUpdate && turnContext.Activity.ReplyToId is { Length: > 0 } cardId && await TryUpdateAsync(turnContext, activity, cardId, cancellationToken))
            {
                await TrackAsync(turnContext, reply, cardId, cancellationToken);
                continue;
            }
            toSend.Add((activity, reply));
        }
        if (toSend.Count == 0)
        {
            return;
        }
        var sent = await turnContext.SendActivitiesAsync([.. toSend.Select(s => s.Activity)], cancellationToken);
        for (var i = 0; i < toSend.Count && i < sent.Length; i++)
        {
            if (sent[i]?.Id is { Length: > 0 } id)
            {
                await TrackAsync(turnContext, toSend[i].Reply, id, cancellationToken);
            }
        }
    }

    private Task TrackAsync(ITurnContext turnContext, Reply reply, string activityId, CancellationToken cancellationToken) =>
        reply.Tracks is { } broadcastId
            ? progressCards.TrackAsync(broadcastId, MemberDirectory.AddressOf(turnContext.Activity), activityId, cancellationToken)
            : Task.CompletedTask;

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
