using System.Globalization;
using System.Net;
using CollabBot.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Sends one message to a conversation (a member's personal chat, a channel) through the Bot Connector, or
/// updates one sent earlier, and says what happened as a value: the message id Teams gave it, or why not and
/// whether trying again may help (with Teams' Retry-After).
/// </summary>
public sealed class TeamsSender(IBotFrameworkHttpAdapter adapter, BotCredentialsInfo credentials)
{
    public Task<SendResult> SendAsync(string address, OutgoingMessage message, CancellationToken cancellationToken) =>
        ContinueAsync(address, async (turnContext, ct) =>
            (await turnContext.SendActivityAsync(ActivityOf(message), ct))?.Id, cancellationToken);

    public Task<SendResult> UpdateAsync(string address, string activityId, OutgoingMessage message, CancellationToken cancellationToken) =>
        ContinueAsync(address, async (turnContext, ct) =>
        {
            var activity = ActivityOf(message);
            activity.Id = activityId;
            await turnContext.UpdateActivityAsync(activity, ct);
            return activityId;
        }, cancellationToken);

    /// <summary>Deletes a message the bot sent (Teams shows "this message has been deleted").</summary>
    public Task<SendResult> DeleteAsync(string address, string activityId, CancellationToken cancellationToken) =>
        ContinueAsync(address, async (turnContext, ct) =>
        {
            await turnContext.DeleteActivityAsync(activityId, ct);
            return activityId;
        }, cancellationToken);

    /// <summary>The address of the thread under a message sent to a channel: replies posted there stay in it.</summary>
    public static string ThreadOf(string address, string messageId)
    {
        if (Reference(address) is not { Conversation.Id: { Length: > 0 } id } reference)
        {
            return address;
        }
        reference.Conversation.Id = $"{id.Split(';')[0]};messageid={messageId}";
        return JsonConvert.SerializeObject(reference);
    }

    public static Activity ActivityOf(OutgoingMessage message)
    {
        if (message.CardJson is not { } card)
        {
            return ActivityMapping.TextActivity(new Dialogs.Conversation.TextReply(message.Text ?? "") { Mentions = message.Mentions });
        }
        var activity = (Activity)MessageFactory.Attachment(new Attachment
        {
            ContentType = Cards.Model.AdaptiveCard.ContentType,
            Content = JObject.Parse(card),
        });
        activity.Summary = message.Summary;
        return activity;
    }

    private async Task<SendResult> ContinueAsync(string address, Func<ITurnContext, CancellationToken, Task<string?>> send, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(address) || Reference(address) is not { } reference)
        {
            return new SendResult(SendOutcome.Gone, Error: "no address");
        }
        var result = new SendResult(SendOutcome.Gone, Error: "the tenant is not allowed");
        // The outcome is caught inside the callback: an exception leaving it would reach the turn error boundary.
        await ((BotAdapter)adapter).ContinueConversationAsync(credentials.AppId, reference, async (turnContext, ct) =>
        {
            try
            {
                result = new SendResult(SendOutcome.Sent, await send(turnContext, ct));
            }
            catch (Exception e) when (Classify(e) is { } failure)
            {
                result = failure;
            }
        }, cancellationToken);
        return result;
    }

    private static ConversationReference? Reference(string address)
    {
        try
        {
            return JsonConvert.DeserializeObject<ConversationReference>(address) is { Conversation.Id.Length: > 0, ServiceUrl.Length: > 0 } reference
                ? reference : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static SendResult? Classify(Exception e) => e switch
    {
        ClaimLostException => new SendResult(SendOutcome.TakenElsewhere),
        ErrorResponseException { Response: { } response } => Of((int)response.StatusCode, response.Headers, e.Message),
        Microsoft.Rest.HttpOperationException { Response: { } response } => Of((int)response.StatusCode, response.Headers, e.Message),
        HttpRequestException or TaskCanceledException or IOException => new SendResult(SendOutcome.Transient, Error: e.GetType().Name),
        _ => null,
    };

    private static SendResult Of(int status, IDictionary<string, IEnumerable<string>>? headers, string error) => status switch
    {
        429 => new SendResult(SendOutcome.Throttled, RetryAfter: RetryAfter(headers), Error: "429"),
        (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.NotFound => new SendResult(SendOutcome.Gone, Error: status.ToString(CultureInfo.InvariantCulture)),
        408 or 412 or >= 500 => new SendResult(SendOutcome.Transient, Error: status.ToString(CultureInfo.InvariantCulture)),
        _ => new SendResult(SendOutcome.Refused, Error: $"{status}: {error}"),
    };

    private static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        if (headers is null || !headers.TryGetValue("Retry-After", out var values) || values.FirstOrDefault() is not { } value)
        {
            return null;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 300));
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - DateTimeOffset.UtcNow : null;
    }
}
