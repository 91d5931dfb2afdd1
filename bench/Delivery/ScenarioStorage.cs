using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace CollabBot.Bench.Delivery;

/// <summary>
/// Drops a scenario's tables and queues when it ends. Azurite saves its whole database every few seconds, stalling every
/// request meanwhile, and the save grows with what it holds: without this, each scenario would run against the rows of
/// all the scenarios before it, and later ones would stall longer than earlier ones.
/// </summary>
public static class ScenarioStorage
{
    public static async Task DropAsync(string connectionString, string prefix)
    {
        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync(t => t.Name.CompareTo(prefix) >= 0 && t.Name.CompareTo(prefix + "~") < 0))
        {
            await tables.DeleteTableAsync(table.Name);
        }
        var queues = new QueueServiceClient(connectionString);
        await foreach (var queue in queues.GetQueuesAsync(prefix: prefix.ToLowerInvariant()))
        {
            await queues.DeleteQueueAsync(queue.Name);
        }
    }
}
