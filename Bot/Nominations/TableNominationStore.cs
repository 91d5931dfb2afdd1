using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Nominations;

namespace CollabBot.Bot.Nominations;

/// <summary>
/// nominations: partition "n" holds the nominations (RowKey the number, zero-padded, so they read in order), the counter
/// ("~next") and the nominations already made ("~made|{draft}", so a re-delivered form adds nothing); partition
/// "draft|{member}" holds forms in progress. A nomination is changed with its ETag (read again and changed again on a
/// conflict), so two reviewers at once both land.
/// </summary>
public sealed class TableNominationStore(CollabTables tables) : INominationStore
{
    public const string TableName = "nominations";
    private const string Partition = "n";
    private const string Counter = "~next";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables[TableName];

    public async Task<(Nomination Nomination, bool Added)> AddAsync(Nomination nomination, string madeOnce, CancellationToken cancellationToken)
    {
        var made = "~made|" + TableKey.Encode(madeOnce);
        if (await EarlierAsync(made, cancellationToken) is { } first)
        {
            return (first, false);
        }
        var numbered = nomination with { Number = await TableRows.NextNumberAsync(Table, Partition, Counter, cancellationToken) };
        try
        {
            // The nomination and the record of its making in one transaction: the same form completed on another instance
            // meanwhile makes this one fail as a whole, and finds the nomination that one made.
            await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(numbered)),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(Partition, made) { ["Number"] = numbered.Number }),
            ], cancellationToken);
            return (numbered, true);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return (await EarlierAsync(made, cancellationToken) ?? throw new InvalidOperationException("The nomination's record vanished.", e), false);
        }
    }

    public async Task<Nomination?> FindAsync(int number, CancellationToken cancellationToken) => (await ReadAsync(number, cancellationToken))?.Nomination;

    public Task<Nomination?> UpdateAsync(int number, Func<Nomination, Nomination?> change, CancellationToken cancellationToken) =>
        TableRows.UpdateAsync(Table, () => ReadAsync(number, cancellationToken), ToEntity, change, cancellationToken);

    public async Task<IReadOnlyList<Nomination>> ListAsync(CancellationToken cancellationToken)
    {
        var nominations = new List<Nomination>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {"~"}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            nominations.Add(FromEntity(e));
        }
        return nominations;
    }

    public Task<IReadOnlyDictionary<string, string>> LoadDraftAsync(string member, string draftId, CancellationToken cancellationToken) =>
        TableRows.LoadDraftAsync(Table, DraftPartition(member), draftId, cancellationToken);

    public Task SaveDraftAsync(string member, string draftId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken) =>
        TableRows.SaveDraftAsync(Table, DraftPartition(member), draftId, answers, cancellationToken);

    public Task DeleteDraftAsync(string member, string draftId, CancellationToken cancellationToken) =>
        TableRows.DeleteDraftAsync(Table, DraftPartition(member), draftId, cancellationToken);

    private static string DraftPartition(string member) => "draft|" + TableKey.Encode(member);

    private async Task<Nomination?> EarlierAsync(string made, CancellationToken cancellationToken)
    {
        var earlier = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, made, cancellationToken: cancellationToken);
        return earlier.HasValue && earlier.Value is { } done ? await FindAsync(done.GetInt32("Number") ?? 0, cancellationToken) : null;
    }

    private async Task<(Nomination Nomination, ETag ETag)?> ReadAsync(int number, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Row(number), cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e ? (FromEntity(e), e.ETag) : null;
    }

    private static string Row(int number) => number.ToString("D6", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(Nomination n) => new(Partition, Row(n.Number))
    {
        ["Json"] = JsonSerializer.Serialize(n, Json),
        ["Status"] = n.Status.ToString(),
    };

    private static Nomination FromEntity(TableEntity e) => JsonSerializer.Deserialize<Nomination>(e.GetString("Json"), Json)!;
}
