using System.Security.Cryptography;
using System.Text;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Tenants are spread over <see cref="DeliveryOptions.Shards"/> shards; each shard has an urgent and a bulk queue and
/// one owner at a time, which alone sends to its tenants (so their budget is one, whatever the number of instances).
/// </summary>
public static class Shards
{
    public const string FanoutQueue = "deliveryfanout";
    public const string PoisonQueue = "deliverypoison";

    public static int Of(string tenantId) =>
        (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(tenantId.ToLowerInvariant())), 0) % DeliveryOptions.Shards);

    public static string UrgentQueue(int shard) => $"deliveryurgent{shard}";

    public static string BulkQueue(int shard) => $"deliverybulk{shard}";

    public static IEnumerable<string> AllQueues() =>
        Enumerable.Range(0, DeliveryOptions.Shards).SelectMany(s => new[] { UrgentQueue(s), BulkQueue(s) }).Append(FanoutQueue).Append(PoisonQueue);
}
