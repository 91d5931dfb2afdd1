using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Consultations;

namespace CollabBot.Bot.Consultations;

/// <summary>
/// consultations: partition "c" holds the consultations (RowKey the number, zero-padded), the counter ("~next") and the
/// consultations already made ("~made|{once}", so a press delivered twice adds one); partition "c{number}" holds the answers,
/// one row per group ("g|{group}"), added only if absent: of two representatives of a group answering at once, on any
/// instances, the first write wins and the second finds it (409). A consultation is changed with its ETag.
/// </summary>
public sealed class TableConsultationStore(CollabTables tables) : IConsultationStore
{
    public const string TableName = "consultations";
    private const string Partition = "c";
    private const string Counter = "~next";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables[TableName];

    public async Task<(Consultation Consultation, bool Added)> AddAsync(Consultation consultation, string once, CancellationToken cancellationToken)
    {
        var made = "~made|" + TableKey.Encode(once);
        if (await EarlierAsync(made, cancellationToken) is { } first)
        {
            return (first, false);
        }
        var numbered = consultation with { Number = await TableRows.NextNumberAsync(Table, Partition, Counter, cancellationToken) };
        try
        {
            // The consultation and the record of its making in one transaction: the same press handled on another instance
            // meanwhile makes this one fail as a whole, and finds the consultation that one made.
            await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(numbered)),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(Partition, made) { ["Number"] = numbered.Number }),
            ], cancellationToken);
            return (numbered, true);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return (await EarlierAsync(made, cancellationToken) ?? throw new InvalidOperationException("The consultation's record vanished.", e), false);
        }
    }

    public async Task<Consultation?> FindAsync(int number, CancellationToken cancellationToken) => (await ReadAsync(number, cancellationToken))?.Consultation;

    public Task<Consultation?> UpdateAsync(int number, Func<Consultation, Consultation?> change, CancellationToken cancellationToken) =>
        TableRows.UpdateAsync(Table, () => ReadAsync(number, cancellationToken), ToEntity, change, cancellationToken);

    public async Task<IReadOnlyList<Consultation>> ListAsync(CancellationToken cancellationToken)
    {
        var consultations = new List<Consultation>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {"~"}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            consultations.Add(FromEntity(e));
        }
        consultations.Reverse();
        return consultations;
    }

    public async Task<(GroupAnswer Answer, bool Added)> AnswerAsync(GroupAnswer answer, CancellationToken cancellationToken)
    {
        var row = new TableEntity(AnswersPartition(answer.Consultation), AnswerRow(answer.Group)) { ["Json"] = JsonSerializer.Serialize(answer, Json) };
        try
        {
            await Table.AddEntityAsync(row, cancellationToken);
            return (answer, true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var first = await Table.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
            return (JsonSerializer.Deserialize<GroupAnswer>(first.Value.GetString("Json"), Json)!, false);
        }
    }

    public async Task<IReadOnlyList<GroupAnswer>> ListAnswersAsync(int consultation, CancellationToken cancellationToken)
    {
        var answers = new List<GroupAnswer>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AnswersPartition(consultation)}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            answers.Add(JsonSerializer.Deserialize<GroupAnswer>(e.GetString("Json"), Json)!);
        }
        return answers;
    }

    private async Task<Consultation?> EarlierAsync(string made, CancellationToken cancellationToken)
    {
        var earlier = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, made, cancellationToken: cancellationToken);
        return earlier.HasValue && earlier.Value is { } done ? await FindAsync(done.GetInt32("Number") ?? 0, cancellationToken) : null;
    }

    private async Task<(Consultation Consultation, ETag ETag)?> ReadAsync(int number, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Row(number), cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e ? (FromEntity(e), e.ETag) : null;
    }

    private static string Row(int number) => number.ToString("D6", CultureInfo.InvariantCulture);

    private static string AnswersPartition(int number) => Partition + Row(number);

    private static string AnswerRow(string group) => "g|" + TableKey.Encode(group);

    private static TableEntity ToEntity(Consultation c) => new(Partition, Row(c.Number))
    {
        ["Json"] = JsonSerializer.Serialize(c, Json),
        ["Status"] = c.Status.ToString(),
    };

    private static Consultation FromEntity(TableEntity e) => JsonSerializer.Deserialize<Consultation>(e.GetString("Json"), Json)!;
}
