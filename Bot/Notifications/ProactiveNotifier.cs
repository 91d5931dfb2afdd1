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
/// records each outcome. The durable, rate-aware broadcast engine will sit behind the same interface.
/// </summary>
public sealed partial class ProactiveNotifier(
    IMemberStore members, IBotFrameworkHttpAdapter adapter, BotCredentialsInfo credentials, NotificationLog log,
    ILogger<ProactiveNotifier> logger) : INotifier
{
    public async Task<SendOutcome> NotifyAsync(MemberId recipient, Reply message, CancellationToken cancellationToken)
    {
        var address = (await members.FindAsync(recipient, cancellationToken))?.Address;
        var outcome = address is not null && JsonConvert.DeserializeObject<ConversationReference>(address) is { } reference
            ? await SendAsync(reference, ActivityMapping.ToActivity(message), cancellationToken)
            : SendOutcome.RecipientGone;
        LogOutcome(logger, recipient.ObjectId, outcome);
        await log.RecordAsync(recipient, outcome, cancellationToken);
        return outcome;
    }

    private async Task<SendOutcome> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var outcome = SendOutcome.Failed;
        // The outcome is caught inside the callback: an exception leaving it would end in the adapter's
        // error boundary, which is for turns people started.
        await ((Microsoft.Bot.Builder.BotAdapter)adapter).ContinueConversationAsync(credentials.AppId, reference,
            async (turnContext, ct) => outcome = await TrySendAsync(turnContext, activity, ct), cancellationToken);
        return outcome;
    }

    private static async Task<SendOutcome> TrySendAsync(Microsoft.Bot.Builder.ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(activity, cancellationToken);
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
