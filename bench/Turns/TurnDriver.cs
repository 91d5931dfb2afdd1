using System.Diagnostics;
using System.Text;
using Newtonsoft.Json.Linq;

namespace CollabBot.Bench.Turns;

/// <summary>Posts activities to a bot over HTTP, one at a time, as one member in one personal chat.</summary>
public sealed class TurnDriver(HttpClient http, string botUrl, string serviceUrl, string tenant, string userId)
{
    private readonly string conversationId = "a:bench-" + Guid.NewGuid().ToString("N")[..10];
    private int sequence;

    public async Task<double> TimeTurnAsync(JObject? value = null, string text = "")
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = $"bench-{Interlocked.Increment(ref sequence)}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["locale"] = "en-US",
            ["text"] = text,
            ["from"] = new JObject { ["id"] = "29:" + userId, ["name"] = "Bench Member", ["aadObjectId"] = userId },
            ["recipient"] = new JObject { ["id"] = "28:bot", ["name"] = "CollabBot" },
            ["conversation"] = new JObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = tenant },
            ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = tenant } },
        };
        if (value is not null)
        {
            activity["value"] = value;
        }
        var body = activity.ToString(Newtonsoft.Json.Formatting.None);
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync(botUrl, new StringContent(body, Encoding.UTF8, "application/json"));
        watch.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{botUrl} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return watch.Elapsed.TotalMilliseconds;
    }
}
