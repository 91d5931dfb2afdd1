using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CollabBot.Bot.Teams;

/// <summary>Resolves the sender of messages and installs to a member, for the handler and the features.</summary>
public sealed class SenderMiddleware(MemberDirectory directory) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var type = turnContext.Activity.Type;
        if (type is ActivityTypes.Message or ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate)
        {
            turnContext.TurnState.Add(TurnStateKeys.Sender, await directory.ResolveAsync(turnContext, cancellationToken));
        }
        await next(cancellationToken);
    }
}
