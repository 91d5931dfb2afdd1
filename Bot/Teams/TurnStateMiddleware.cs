using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CollabBot.Bot.Teams;

/// <summary>
/// Prepares a turn and closes it. For a message it claims the activity, loads the conversation's state and
/// resolves the sender at once (three independent reads and writes, in parallel); drops a copy that another
/// delivery is answering or has answered; and after a completed turn records the activity as answered and saves
/// the state once, with its ETag. A turn that fails releases its claim and saves nothing, so its re-delivery runs
/// again. Installs and conversation updates only resolve the sender.
/// </summary>
public sealed partial class TurnStateMiddleware(
    ConversationState state, MemberDirectory members, IActivityClaims claims, ILogger<TurnStateMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private readonly IStatePropertyAccessor<ConversationData> data = state.CreateProperty<ConversationData>(nameof(ConversationData));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate))
        {
            await next(cancellationToken);
            return;
        }
        var sender = members.ResolveAsync(turnContext, cancellationToken);
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id))
        {
            turnContext.TurnState.Add(TurnStateKeys.Sender, await sender);
            await next(cancellationToken);
            return;
        }
        var claim = claims.TryClaimAsync(activity, cancellationToken);
        var conversation = data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        try
        {
            await Task.WhenAll(sender, claim, conversation);
        }
        catch
        {
            await ReleaseAsync(claim);
            throw;
        }
        if (conversation.Result.HasAnswered(activity.Id) || claim.Result is not { } won)
        {
            LogDuplicate(logger, activity.Id);
            return;
        }
        turnContext.TurnState.Add(TurnStateKeys.Sender, sender.Result);
        turnContext.TurnState.Add(TurnStateKeys.Conversation, conversation.Result);
        try
        {
            await next(cancellationToken);
            conversation.Result.MarkAnswered(activity.Id);
            await data.SetAsync(turnContext, conversation.Result, cancellationToken);
            await state.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
        catch
        {
            await claims.ReleaseAsync(won);
            throw;
        }
    }

    private async Task ReleaseAsync(Task<TableLease?> claim)
    {
        if (claim.IsCompletedSuccessfully && claim.Result is { } won)
        {
            await claims.ReleaseAsync(won);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a copy of activity {ActivityId} that is answered or being answered")]
    private static partial void LogDuplicate(ILogger logger, string activityId);
}
