using CollabBot.Bot.Teams;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CollabBot.Bot.Hosting;

/// <summary>The CloudAdapter with the turn pipeline (tenant gate, turn state and duplicates) and the one error boundary.</summary>
public sealed class CollabAdapter : CloudAdapter
{
    public CollabAdapter(
        BotFrameworkAuthentication authentication,
        TenantGateMiddleware tenantGate,
        TurnStateMiddleware turnState,
        TurnErrorBoundary errors,
        ILogger<CollabAdapter> logger)
        : base(authentication, logger)
    {
        Use(tenantGate);
        Use(turnState);
        OnTurnError = errors.HandleAsync;
    }
}
