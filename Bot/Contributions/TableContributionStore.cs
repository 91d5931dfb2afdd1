using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Contributions;

namespace CollabBot.Bot.Contributions;

/// <summary>
/// contributions: partition "c|{kind}" holds a channel's contributions (RowKey the number, zero-padded, so they read in
/// order), its counter ("~next") and the contributions already made ("~made|{draft}", so a re-delivered form adds
/// nothing); partition "draft|{member}" holds forms in progress. A contribution is changed with its ETag (read again
/// and changed again on a conflict), so two staff at once both land.
/// </summary>
public sealed class TableContributionStore(CollabTables tables) : IContributionStore
{
    public const string TableName = "contributions";
    private const string Counter = "~next";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables[TableName];

    public async Task<(Contribution Contribution, bool Added)> AddAsync(Contribution contribution, string prefix, string madeOnce,
        CancellationToken cancellationToken)
    {
        var partition = Partition(contribution.Kind);
        var made = "~made|" + TableKey.Encode(madeOnce);
        if (await EarlierAsync(contribution.Kind, made, cancellationToken) is { } first)
        {
            return (first, false);
        }
        var number = await TableRows.NextNumberAsync(Table, partition, Counter, cancellationToken);
        var numbered = contribution with { Number = number, Code = prefix + number.ToString(CultureInfo.InvariantCulture) };
        try
        {
            // The contribution and the record of its making in one transaction: the same form completed on another instance
            // meanwhile makes this one fail as a whole, and finds the contribution that one made.
            await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(numbered)),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, made) { ["Number"] = number }),
            ], cancellationToken);
            return (numbered, true);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return (await EarlierAsync(contribution.Kind, made, cancellationToken)
                ?? throw new InvalidOperationException("The contribution's record vanished.", e), false);
        }
    }

    public async Task<Contribution?> FindAsync(string kind, int number, CancellationToken cancellationToken) =>
        (await ReadAsync(kind, number, cancellationToken))?.Contribution;

    public Task<Contribution?> UpdateAsync(string kind, int number, Func<Contribution, Contribution?> change, CancellationToken cancellationToken) =>
        TableRows.UpdateAsync(Table, () => ReadAsync(kind, number, cancellationToken), ToEntity, change, cancellationToken);

    public async Task<IReadOnlyList<Contribution>> ListAsync(string kind, CancellationToken cancellationToken)
    {
        var contributions = new List<Contribution>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(kind)} and RowKey lt {"~"}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            contributions.Add(FromEntity(e));
        }
        return contributions;
    }

    public Task<IReadOnlyDictionary<string, string>> LoadDraftAsync(string member, string draftId, CancellationToken cancellationToken) =>
        TableRows.LoadDraftAsync(Table, DraftPartition(member), draftId, cancellationToken);

    public Task SaveDraftAsync(string member, string draftId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken) =>
        TableRows.SaveDraftAsync(Table, DraftPartition(member), draftId, answers, cancellationToken);

    public Task DeleteDraftAsync(string member, string draftId, CancellationToken cancellationToken) =>
        TableRows.DeleteDraftAsync(Table, DraftPartition(member), draftId, cancellationToken);

    private static string Partition(string kind) => "c|" + TableKey.Encode(kind);

    private static string DraftPartition(string member) => "draft|" + TableKey.Encode(member);

    private async Task<Contribution?> EarlierAsync(string kind, string made, CancellationToken cancellationToken)
    {
        var earlier = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(kind), made, cancellationToken: cancellationToken);
        return earlier.HasValue && earlier.Value is { } done ? await FindAsync(kind, done.GetInt32("Number") ?? 0, cancellationToken) : null;
    }

    private async Task<(Contribution Contribution, ETag ETag)?> ReadAsync(string kind, int number, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(kind), Row(number), cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e ? (FromEntity(e), e.ETag) : null;
    }

    private static string Row(int number) => number.ToString("D6", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(Contribution c) => new(Partition(c.Kind), Row(c.Number))
    {
        ["Json"] = JsonSerializer.Serialize(c, Json),
        ["Status"] = c.Status.ToString(),
    };

    private static Contribution FromEntity(TableEntity e) => JsonSerializer.Deserialize<Contribution>(e.GetString("Json"), Json)!;
}
