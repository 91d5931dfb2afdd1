using System.Net;
using CollabBot.Bot.Teams;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CollabBot.Bot.Notifications;

/// <summary>
/// Sends to a member's personal chat through the address kept in the registry, one message at a time, and
/// logs each outcome. The durable, rate-aware broadcast engine will sit behind the same interface.
/// </summary>
public sealed partial class ProactiveNotifier(
    IMemberStore members, IBotFrameworkHttpAdapter adapter, BotCredentialsInfo credentials, ILogger<ProactiveNotifier> logger) : INotifier
{
    public async Task<SendOutcome> NotifyAsync(MemberId recipient, Reply message, CancellationToken cancellationToken)
    {
        var address = (await members.FindAsync(recipient, cancellationToken))?.Address;
        if (address is null || JsonConvert.DeserializeObject<ConversationReference>(address) is not { } reference)
        {
            LogOutcome(logger, recipient.ObjectId, SendOutcome.RecipientGone);
            return SendOutcome.RecipientGone;
        }
        var outcome = await SendAsync(reference, ActivityMapping.ToActivity(message), cancellationToken);
        LogOutcome(logger, recipient.ObjectId, outcome);
        return outcome;
    }

    private async Task<SendOutcome> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await ((Microsoft.Bot.Builder.BotAdapter)adapter).ContinueConversationAsync(credentials.AppId, reference,
                (turnContext, ct) => turnContext.SendActivityAsync(activity, ct), cancellationToken);
            return SendOutcome.Sent;
        }
        catch (ErrorResponseException e)
        {
            return e.Response?.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => SendOutcome.Throttled,
                HttpStatusCode.Forbidden or HttpStatusCode.NotFound => SendOutcome.RecipientGone,
                _ => SendOutcome.Failed,
            };
        }
        catch (HttpRequestException)
        {
            return SendOutcome.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification to {Recipient}: {Outcome}")]
    private static partial void LogOutcome(ILogger logger, string recipient, SendOutcome outcome);
}
