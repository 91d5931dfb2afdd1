using CollabBot.Dialogs.Members;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Teams;

/// <summary>
/// Lets through only people from the allowed tenants, and the Emulator's channel only while the bot runs
/// without credentials (local testing).
/// </summary>
public sealed partial class TenantGateMiddleware(
    IOptions<CollabOptions> options, BotCredentialsInfo credentials, ILogger<TenantGateMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId == Channels.Emulator)
        {
            if (credentials.IsAnonymous)
            {
                await next(cancellationToken);
                return;
            }
            LogRefused(logger, activity.ChannelId, "emulator channel while credentials are configured");
            return;
        }
        var allowed = options.Value.AllowedTenants;
        var tenant = SenderIdentity.TenantOf(activity);
        if (allowed.Count == 0 || (tenant is not null && allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase)))
        {
            await next(cancellationToken);
            return;
        }
        LogRefused(logger, tenant ?? "(none)", "tenant not allowed");
        if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(
                Dialogs.Conversation.HostReplies.NotAvailableToOrganisation(activity.Locale),
                cancellationToken: cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused activity from {Source}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string source, string reason);
}
