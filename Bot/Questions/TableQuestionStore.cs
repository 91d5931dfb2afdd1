using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Questions;

namespace CollabBot.Bot.Questions;

/// <summary>
/// questions: partition "meeting" (RowKey meeting id) for meetings; one partition per meeting ("q|" and its id) for its
/// questions (RowKey the number, zero-padded, so a meeting's questions read in order), its counter ("~next") and the
/// askings already recorded ("~asked|{draft}", so a re-delivered ask adds nothing); partition "voice|{meeting}|{n}"
/// for who added their voice (RowKey a keyed hash); partition "asker|{hash}" for "my questions"; partition
/// "draft|{hash}" for forms in progress; partition "config" for the staff channel. Questions are changed with
/// their ETag (read again and changed again on a conflict).
/// </summary>
public sealed class TableQuestionStore(CollabTables tables) : IQuestionStore
{
    public const string TableName = "questions";
    private const string MeetingPartition = "meeting";
    private const string Counter = "~next";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables[TableName];

    public Task SaveMeetingAsync(Meeting meeting, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(MeetingPartition, TableKey.Encode(meeting.Id)) { ["Json"] = JsonSerializer.Serialize(meeting, Json) },
            TableUpdateMode.Replace, cancellationToken);

    public async Task<Meeting?> FindMeetingAsync(string meetingId, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<TableEntity>(MeetingPartition, TableKey.Encode(meetingId), cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e ? JsonSerializer.Deserialize<Meeting>(e.GetString("Json"), Json) : null;
    }

    public async Task<IReadOnlyList<Meeting>> ListMeetingsAsync(CancellationToken cancellationToken)
    {
        var meetings = new List<Meeting>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {MeetingPartition}"), cancellationToken: cancellationToken))
        {
            meetings.Add(JsonSerializer.Deserialize<Meeting>(e.GetString("Json"), Json)!);
        }
        return [.. meetings.OrderBy(m => m.Date)];
    }

    public async Task<(Question Question, bool Added)> AddAsync(Question question, string askedOnce, CancellationToken cancellationToken)
    {
        var partition = Partition(question.MeetingId);
        var asked = "~asked|" + TableKey.Encode(askedOnce);
        if (await EarlierAsync(question.MeetingId, asked, cancellationToken) is { } first)
        {
            return (first, false);
        }
        var number = await TableRows.NextNumberAsync(Table, partition, Counter, cancellationToken);
        var numbered = question with { Number = number };
        try
        {
            // The question and the record of its asking in one transaction: the same asking on another instance
            // meanwhile makes this one fail as a whole, and finds the question that one made.
            await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(numbered)),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, asked) { ["Number"] = number }),
            ], cancellationToken);
            return (numbered, true);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return (await EarlierAsync(question.MeetingId, asked, cancellationToken) ?? throw new InvalidOperationException("The asking's record vanished.", e), false);
        }
    }

    private async Task<Question?> EarlierAsync(string meetingId, string asked, CancellationToken cancellationToken)
    {
        var earlier = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(meetingId), asked, cancellationToken: cancellationToken);
        return earlier.HasValue && earlier.Value is { } done ? await FindAsync(meetingId, done.GetInt32("Number") ?? 0, cancellationToken) : null;
    }

    public async Task<Question?> FindAsync(string meetingId, int number, CancellationToken cancellationToken) =>
        (await ReadAsync(meetingId, number, cancellationToken))?.Question;

    public Task<Question?> UpdateAsync(string meetingId, int number, Func<Question, Question?> change, CancellationToken cancellationToken) =>
        TableRows.UpdateAsync(Table, () => ReadAsync(meetingId, number, cancellationToken), ToEntity, change, cancellationToken);

    public async Task<IReadOnlyList<Question>> ListAsync(string meetingId, CancellationToken cancellationToken)
    {
        var partition = Partition(meetingId);
        var questions = new List<Question>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {"~"}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            questions.Add(FromEntity(e));
        }
        return questions;
    }

    public async Task<bool> AddVoiceAsync(string meetingId, int number, string voter, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(TableKey.Encode($"voice|{meetingId}|{number}"), voter), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        await UpdateAsync(meetingId, number, q => q with { Voices = q.Voices + 1 }, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<(string MeetingId, int Number)>> AskedByAsync(string asker, CancellationToken cancellationToken)
    {
        var asked = new List<(string, int)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"asker|" + asker}"), cancellationToken: cancellationToken))
        {
            asked.Add((e.GetString("MeetingId"), e.GetInt32("Number") ?? 0));
        }
        return asked;
    }

    public Task RecordAskerAsync(string asker, string meetingId, int number, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity("asker|" + asker, TableKey.Encode($"{meetingId}|{number:D6}"))
        {
            ["MeetingId"] = meetingId,
            ["Number"] = number,
        }, TableUpdateMode.Replace, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> LoadDraftAsync(string asker, string draftId, CancellationToken cancellationToken) =>
        TableRows.LoadDraftAsync(Table, "draft|" + asker, draftId, cancellationToken);

    public Task SaveDraftAsync(string asker, string draftId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken) =>
        TableRows.SaveDraftAsync(Table, "draft|" + asker, draftId, answers, cancellationToken);

    public Task DeleteDraftAsync(string asker, string draftId, CancellationToken cancellationToken) =>
        TableRows.DeleteDraftAsync(Table, "draft|" + asker, draftId, cancellationToken);

    public async Task<StaffChannel?> FindStaffChannelAsync(CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<TableEntity>("config", "staffchannel", cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e ? JsonSerializer.Deserialize<StaffChannel>(e.GetString("Json"), Json) : null;
    }

    public Task SaveStaffChannelAsync(StaffChannel channel, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity("config", "staffchannel") { ["Json"] = JsonSerializer.Serialize(channel, Json) }, TableUpdateMode.Replace,
            cancellationToken);

    private async Task<(Question Question, ETag ETag)?> ReadAsync(string meetingId, int number, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(meetingId), Row(number), cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e ? (FromEntity(e), e.ETag) : null;
    }

    private static string Row(int number) => number.ToString("D6", CultureInfo.InvariantCulture);

    private static string Partition(string meetingId) => "q|" + TableKey.Encode(meetingId);

    private static TableEntity ToEntity(Question q) => new(Partition(q.MeetingId), Row(q.Number))
    {
        ["Json"] = JsonSerializer.Serialize(q, Json),
        ["Status"] = q.Status.ToString(),
    };

    private static Question FromEntity(TableEntity e) => JsonSerializer.Deserialize<Question>(e.GetString("Json"), Json)!;
}
