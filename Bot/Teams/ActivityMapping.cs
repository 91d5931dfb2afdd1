using System.Globalization;
using System.Text.RegularExpressions;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CollabBot.Bot.Teams;

/// <summary>Translates between Bot Framework activities and the conversation engine's turns and replies.</summary>
public static partial class ActivityMapping
{
    public static Turn ToTurn(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return new Turn
        {
            Sender = turnContext.TurnState.Get<Member>(TurnStateKeys.Sender),
            Conversation = SenderIdentity.KindOf(activity),
            State = turnContext.TurnState.Get<ConversationData>(TurnStateKeys.Conversation) ?? new ConversationData(),
            Text = CleanText(activity.Text),
            Submit = ToSubmit(activity.Value),
            PressedMessageId = activity.Value is null || string.IsNullOrEmpty(activity.ReplyToId) ? null : activity.ReplyToId,
            Channel = ToChannel(turnContext),
        };
    }

    /// <summary>The team channel a turn came from: new posts go to the channel itself, not to the thread it came in.</summary>
    public static TeamChannel? ToChannel(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        if (SenderIdentity.KindOf(activity) != ConversationKind.Channel || activity.TeamsGetTeamInfo() is not { Id: { Length: > 0 } teamId } team)
        {
            return null;
        }
        var channelId = activity.TeamsGetChannelId() ?? activity.Conversation.Id.Split(';')[0];
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        reference.Locale = null;
        reference.Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: channelId, tenantId: activity.Conversation.TenantId);
        return new TeamChannel(teamId, team.Name ?? "", channelId, activity.Conversation.TenantId ?? "", JsonConvert.SerializeObject(reference),
            cancellationToken => RosterAsync(turnContext, teamId, cancellationToken));
    }

    private static async Task<IReadOnlyList<RosterEntry>> RosterAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken)
    {
        const int MaxPages = 40;
        var members = new List<RosterEntry>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            TeamsPagedMembersResult result;
            try
            {
                result = await TeamsInfo.GetPagedTeamMembersAsync(turnContext, teamId, continuation, 500, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new RosterUnavailableException($"The roster of team {teamId} could not be read.", e);
            }
            members.AddRange(result.Members.Select(m => new RosterEntry(m.AadObjectId ?? "", m.Name ?? m.Id)));
            if (string.IsNullOrEmpty(result.ContinuationToken))
            {
                break;
            }
            continuation = result.ContinuationToken;
        }
        return members;
    }

    /// <summary>Removes @mentions (channels and group chats only forward messages that mention the bot).</summary>
    public static string CleanText(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Mention().Replace(text, " ").Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();

    /// <summary>
    /// An Action.Submit arrives as a message whose value holds the button's data and the card's inputs. Whatever
    /// shape the value has, this gives a submit: one without a string verb has an empty verb (answered as a button
    /// no longer in use).
    /// </summary>
    public static CardSubmit? ToSubmit(object? value)
    {
        if (value is null)
        {
            return null;
        }
        if (value is not JObject data)
        {
            return new CardSubmit("", new Dictionary<string, string>());
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.Properties())
        {
            values[property.Name] = property.Value switch
            {
                JValue { Value: null } => "",
                JValue v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "",
                JArray a => string.Join(",", a.Select(x => x is JValue item ? Convert.ToString(item.Value, CultureInfo.InvariantCulture) : x.ToString(Newtonsoft.Json.Formatting.None))),
                _ => property.Value.ToString(Newtonsoft.Json.Formatting.None),
            };
        }
        var verb = data[CardVerb.Key] is JValue { Type: JTokenType.String } v2 ? (string?)v2 ?? "" : "";
        return new CardSubmit(verb, values);
    }

    public static Activity ToActivity(Reply reply) => reply switch
    {
        TextReply text => TextActivity(text),
        CardReply card => CardActivity(card.Card),
        CardUpdate update => CardActivity(update.Card),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply"),
    };

    /// <summary>A text, with a Teams mention entity for each person it mentions (by object id: Teams resolves it).</summary>
    public static Activity TextActivity(TextReply text)
    {
        var activity = (Activity)MessageFactory.Text(text.Text);
        foreach (var mentioned in text.Mentions)
        {
            activity.Entities ??= [];
            activity.Entities.Add(new Mention { Mentioned = new ChannelAccount(mentioned.Id, mentioned.Name), Text = $"<at>{mentioned.Name}</at>" });
        }
        return activity;
    }

    public static Activity CardActivity(AdaptiveCard card)
    {
        var activity = (Activity)MessageFactory.Attachment(new Attachment
        {
            ContentType = AdaptiveCard.ContentType,
            // Newtonsoft serialises attachment content: a System.Text.Json node would not survive it.
            Content = JObject.Parse(card.ToJson()),
        });
        activity.Summary = card.FallbackText;
        return activity;
    }

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Mention();
}
