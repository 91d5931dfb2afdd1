using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CollabBot.Bench.Delivery;

/// <summary>The members of the benchmark's one tenant, registered as if each had spoken to the bot in a personal chat.</summary>
public static class BenchAudience
{
    public const string Tenant = "bench-delivery-tenant";
    public const string StaffId = "bench-staff";

    /// <summary>The members' user group, the broadcast's audience (the staff member is not in it).</summary>
    public const string Group = "bench";

    public static string ConversationOf(string objectId) => "a:" + objectId;

    public static string MemberId(int i) => "m" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Registers <paramref name="count"/> members and one staff member, several at a time.</summary>
    public static async Task SeedAsync(IMemberStore store, string serviceUrl, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, count).Select(MemberId).Append(StaffId);
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (objectId, ct) =>
            await store.AddAsync(new MemberRecord(new MemberId(Tenant, objectId), "Member " + objectId, "en-US", AddressOf(serviceUrl, objectId), now, now)
            {
                UserGroup = objectId == StaffId ? null : Group,
            }, ct));
    }

    private static string AddressOf(string serviceUrl, string objectId) => JsonConvert.SerializeObject(new ConversationReference
    {
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = ConversationOf(objectId), ConversationType = "personal", TenantId = Tenant },
        User = new ChannelAccount("29:" + objectId, "Member " + objectId) { AadObjectId = objectId },
        Bot = new ChannelAccount("28:collabbot", "CollabBot"),
    });
}
