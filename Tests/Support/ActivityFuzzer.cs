using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Support;

/// <summary>
/// Odd activities from a seed: a valid activity with one to three of its parts removed or replaced by values of
/// another type, too long, with control characters, mentions, strange URLs, or raw JSON that is not valid
/// Unicode, not an object, truncated or nested too deep. The same seed gives the same activities.
/// </summary>
public sealed class ActivityFuzzer(int seed)
{
    private static readonly string[] Paths =
    [
        "type", "id", "text", "from", "from.id", "from.name", "from.aadObjectId", "conversation", "conversation.id",
        "conversation.conversationType", "conversation.tenantId", "serviceUrl", "channelId", "locale", "timestamp", "value",
        "replyToId", "channelData", "channelData.tenant", "channelData.tenant.id", "recipient", "recipient.id", "entities",
        "attachments", "name", "membersAdded", "action", "value.verb",
    ];

    private static readonly string[] Types =
        ["message", "message", "message", "invoke", "installationUpdate", "conversationUpdate", "messageReaction", "typing", "event", "endOfConversation", "", "x"];

    private static readonly string[] Verbs =
        ["form.answer", "form.control", "form.start", "form.card", "form.submitAll", "survey.open", "plans.follow", "command.run", "member.saveProfile", "preferences.save", "consultation.answer", "nope"];

    private const string Surrogate = "\u0001SURROGATE\u0001";

    private readonly Random random = new(seed);

    /// <summary>A body for /api/messages made from <paramref name="valid"/>.</summary>
    public string Next(JObject valid)
    {
        if (random.Next(20) == 0)
        {
            return RawOddity();
        }
        var activity = (JObject)valid.DeepClone();
        activity["type"] = Pick(Types);
        if (activity["type"]!.ToString() == "invoke")
        {
            activity["name"] = Pick(["adaptiveCard/action", "task/fetch", "composeExtension/query", "signin/verifyState", "healthCheck", "x"]);
        }
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            Mutate(activity, Pick(Paths));
        }
        var body = activity.ToString(Newtonsoft.Json.Formatting.None);
        return body.Replace(Surrogate, "\\udfff", StringComparison.Ordinal);
    }

    /// <summary>A card button press whose payload is broken in some way (for a member in the middle of a form).</summary>
    public JObject BrokenSubmit(string formKind, string formId)
    {
        var data = new JObject();
        switch (random.Next(6))
        {
            case 0:
                data["verb"] = new JObject { ["verb"] = Pick(Verbs) };
                break;
            case 1:
                data["verb"] = new JArray(Pick(Verbs), 3);
                break;
            case 2:
                data["verb"] = random.Next(-5, 5);
                break;
            default:
                data["verb"] = Pick(Verbs);
                data["kind"] = random.Next(2) == 0 ? formKind : Junk();
                data["form"] = random.Next(2) == 0 ? formId : Junk();
                data["field"] = Junk();
                data["value"] = Junk();
                data["control"] = Junk();
                break;
        }
        if (random.Next(3) == 0)
        {
            data["f_" + random.Next(3)] = Junk();
        }
        return data;
    }

    private void Mutate(JObject activity, string path)
    {
        var parts = path.Split('.');
        var parent = activity;
        foreach (var part in parts[..^1])
        {
            if (parent[part] is not JObject child)
            {
                child = [];
                parent[part] = child;
            }
            parent = child;
        }
        if (random.Next(4) == 0)
        {
            parent.Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = Junk();
        }
    }

    private JToken Junk() => random.Next(16) switch
    {
        0 => JValue.CreateNull(),
        1 => random.Next(-1000, 1000),
        2 => random.Next(2) == 0,
        3 => new JArray(Junk(), "a", 1),
        4 => new JObject { ["verb"] = Pick(Verbs), ["x"] = new JArray() },
        5 => "",
        6 => new string('z', random.Next(5_000, 100_000)),
        7 => "a\u0000b\u0007c\u001f",
        8 => "<at>CollabBot</at> " + Pick(["help", "profile", "my surveys", "what's planned for PATENTSCOPE"]),
        9 => Pick(["ftp://x", "http://", "javascript:alert(1)", "relative/path", "http://[::1", "https://exa mple.org"]),
        10 => Pick(["2026-13-45T99:00:00Z", "yesterday", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]),
        11 => Surrogate,
        12 => "😀 ñ ü ß 中文 " + new string('é', random.Next(1, 50)),
        13 => Pick(["fr-FR", "de", "es-ES", "xx-XX", "zz", new string('q', 200), "fr_CA"]),
        14 => 1.5e300,
        _ => Pick(["19:abc@thread.tacv2;messageid=1", "a:1", "29:1", "../../etc/passwd", "%00", "' or 1 eq 1 or '"]),
    };

    private string RawOddity() => random.Next(8) switch
    {
        0 => "hello",
        1 => "",
        2 => "{",
        3 => "[]",
        4 => "null",
        5 => "{\"\\udfff\":1}",
        6 => new string('[', 300) + new string(']', 300),
        _ => "{\"type\":\"message\",\"text\":\"\\ud800\",\"from\":{\"id\":\"1\"}}",
    };

    private string Pick(string[] values) => values[random.Next(values.Length)];
}
