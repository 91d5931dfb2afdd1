using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Notifications;

namespace CollabBot.Bot.Notifications;

/// <summary>
/// The outcome of every proactive message: PartitionKey the recipient (so "my data" is one partition read),
/// RowKey newest first. No message text is kept.
/// </summary>
public sealed class NotificationLog(CollabTables tables, TimeProvider clock)
{
    public const string Table = "notifications";

    public async Task RecordAsync(MemberId recipient, SendOutcome outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rowKey = $"{DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks:D19}-{Guid.NewGuid():N}";
        await tables[Table].AddEntityAsync(new TableEntity(PartitionKeyOf(recipient), rowKey)
        {
            ["Outcome"] = outcome.ToString(),
            ["At"] = now,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<SendOutcome>> OutcomesForAsync(MemberId recipient, CancellationToken cancellationToken)
    {
        var outcomes = new List<SendOutcome>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKeyOf(recipient)}");
        await foreach (var entity in tables[Table].QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            outcomes.Add(Enum.Parse<SendOutcome>(entity.GetString("Outcome")));
        }
        return outcomes;
    }

    private static string PartitionKeyOf(MemberId recipient) => TableKey.Encode(recipient.ToString());
}
