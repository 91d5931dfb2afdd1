using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Support;

/// <summary>A person talking to the bot in their personal chat, as Teams would deliver it.</summary>
public sealed class ChatUser(BotHost host, string tenant, string objectId, string name)
{
    private int sequence;

    public string ObjectId => objectId;

    public string ConversationId { get; init; } = "a:personal-" + Guid.NewGuid().ToString("N")[..12];

    public string Locale { get; set; } = "en-US";

    public string Channel { get; set; } = "msteams";

    /// <summary>In a thread of a team's channel, rather than the personal chat (see <see cref="InTeam"/>).</summary>
    public (string TeamId, string TeamName, string ChannelId)? Team { get; init; }

    /// <summary>The same person in the same chat, reaching another instance of the bot.</summary>
    public ChatUser On(BotHost other) => new(other, tenant, objectId, name) { ConversationId = ConversationId, Locale = Locale, Channel = Channel, Team = Team };

    /// <summary>The same person writing in a thread of a team's channel (Teams gives the thread as the conversation).</summary>
    public ChatUser InTeam(string teamId, string teamName, string channelId) =>
        new(host, tenant, objectId, name) { ConversationId = $"{channelId};messageid=1700000000000", Locale = Locale, Channel = Channel, Team = (teamId, teamName, channelId) };

    public JObject Activity(string type, JObject? extra = null)
    {
        var activity = new JObject
        {
            ["type"] = type,
            ["id"] = $"act-{Interlocked.Increment(ref sequence)}-{Guid.NewGuid():N}",
            ["channelId"] = Channel,
            ["serviceUrl"] = host.Connector.ServiceUrl,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["locale"] = Locale,
            ["from"] = new JObject { ["id"] = "29:" + objectId, ["name"] = name, ["aadObjectId"] = objectId },
            ["recipient"] = new JObject { ["id"] = "28:collabbot", ["name"] = "CollabBot" },
            ["conversation"] = new JObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = tenant },
            ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = tenant } },
        };
        if (Team is var (teamId, teamName, channelId))
        {
            activity["conversation"] = new JObject { ["id"] = ConversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = tenant };
            activity["channelData"] = new JObject
            {
                ["tenant"] = new JObject { ["id"] = tenant },
                ["team"] = new JObject { ["id"] = teamId, ["name"] = teamName },
                ["channel"] = new JObject { ["id"] = channelId },
            };
        }
        if (extra is not null)
        {
            activity.Merge(extra);
        }
        return activity;
    }

    public Task<IReadOnlyList<ConnectorCall>> Installs() =>
        DeliverAsync(Activity("installationUpdate", new JObject { ["action"] = "add" }));

    public Task<IReadOnlyList<ConnectorCall>> Says(string text) =>
        DeliverAsync(Activity("message", new JObject { ["text"] = text }));

    /// <summary>Presses a card button: Teams sends its data (and the card's inputs) as the message value.</summary>
    public Task<IReadOnlyList<ConnectorCall>> Presses(JObject data, string? onCardId = null)
    {
        var extra = new JObject { ["value"] = data };
        if (onCardId is not null)
        {
            extra["replyToId"] = onCardId;
        }
        return DeliverAsync(Activity("message", extra));
    }

    /// <summary>Delivers an activity and returns what the bot sent to this conversation meanwhile.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> DeliverAsync(JObject activity)
    {
        var before = host.Connector.CallsFor(ConversationId).Count;
        var response = await PostAsync(activity.ToString());
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted,
            $"Bot answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var calls = host.Connector.CallsFor(ConversationId);
        var pressed = activity["replyToId"]?.Value<string>();
        return [.. calls.Skip(before).Where(call => !IsProgressUpdate(call, calls, pressed))];
    }

    /// <summary>
    /// The delivery engine updating a broadcast's progress card on its own, which may land while a turn runs: not a reply of
    /// that turn (unless the turn was a press on that card).
    /// </summary>
    private static bool IsProgressUpdate(ConnectorCall call, IReadOnlyList<ConnectorCall> calls, string? pressed) =>
        call.Method == "PUT" && call.ActivityId != pressed
        && calls.Any(c => c.Method == "POST" && c.ActivityId == call.ActivityId
            && c.Card?.ToString().Contains(CollabBot.Cards.Delivery.ProgressCard.CancelVerb, StringComparison.Ordinal) == true);

    public async Task<HttpResponseMessage> PostAsync(string body)
    {
        using var client = host.CreateClient();
        return await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
    }
}
