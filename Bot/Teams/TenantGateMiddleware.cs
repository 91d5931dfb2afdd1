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
            await RefuseInvokeAsync(turnContext, cancellationToken);
            return;
        }
        var allowed = options.Value.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var tenant = SenderIdentity.TenantOf(activity);
        // An empty list is only possible in Development or with Collab:AllowAllTenants (see StartupChecks).
        if (options.Value.AllowAllTenants || allowed.Count == 0 || (tenant is not null && allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase)))
        {
            await next(cancellationToken);
            return;
        }
        LogRefused(logger, tenant ?? "(none)", "tenant not allowed");
        await RefuseInvokeAsync(turnContext, cancellationToken);
        if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(
                Dialogs.Conversation.HostReplies.NotAvailableToOrganisation(activity.Locale),
                cancellationToken: cancellationToken);
        }
    }

    // An invoke waits for an answer of its own: without one the adapter would say 501.
    private static Task RefuseInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Type == ActivityTypes.Invoke
            ? turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = 403 } },
                cancellationToken)
            : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused activity from {Source}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string source, string reason);
}
