using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using Microsoft.Extensions.Caching.Memory;

namespace CollabBot.Bot.Surveys;

/// <summary>
/// surveys: PK "survey", RK survey id, the questions as JSON split over properties under the 64 KiB limit.
/// surveyresponses: PK survey id, RK respondent key, one "A_{question id}" property per answer (at most 60
/// questions of at most 4,000 characters: well under 255 properties and 1 MiB); answers are merged in, so
/// writing the same answer twice changes nothing. Named responses hold the member's id (whose data it is) and user
/// group; anonymous ones hold no id, nor any time of their own, and their group only sealed. An anonymous respondent's answers first wait in
/// surveypending (PK survey id, RK a keyed hash, content sealed: <see cref="AnonymousEnvelope"/>) and are counted
/// in shuffled batches (<see cref="FlushAnonymousAsync"/>), so their row is never written in the member's turn.
/// Invitations and reminders are the delivery engine's.
/// An answer turn reads its survey several times: surveys are cached briefly (writes here refresh the cache;
/// another instance's open or close is seen within <see cref="CacheFor"/>).
/// </summary>
public sealed class TableSurveyStore(CollabTables tables, IMemoryCache cache, AnonymousEnvelope envelope, TimeProvider clock) : ISurveyStore
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    public const string Surveys = "surveys";
    public const string Responses = "surveyresponses";
    public const string Pending = "surveypending";
    private const string FlushLock = "~lock";
    private const int SealedPart = 60_000; // bytes, under the 64 KiB limit of a binary property
    private const int Attempts = 5;
    private static readonly TimeSpan FlushLease = TimeSpan.FromMinutes(2);
    private const string Partition = "survey";
    private const string AnswerPrefix = "A_";
    private const string GroupProperty = "UserGroup";
    private const int ChunkChars = 30_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Survey?> FindAsync(string surveyId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(surveyId), out Survey? cached))
        {
            return cached;
        }
        var response = await tables[Surveys].GetEntityIfExistsAsync<TableEntity>(Partition, TableKey.Encode(surveyId), cancellationToken: cancellationToken);
        var survey = response.HasValue && response.Value is { } entity ? FromEntity(entity) : null;
        if (survey is not null)
        {
            cache.Set(CacheKey(surveyId), survey, CacheFor);
        }
        return survey;
    }

    private static string CacheKey(string surveyId) => "survey:" + surveyId;

    public async Task<IReadOnlyList<Survey>> ListAsync(CancellationToken cancellationToken)
    {
        var surveys = new List<Survey>();
        await foreach (var entity in tables[Surveys].QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"),
            cancellationToken: cancellationToken))
        {
            surveys.Add(FromEntity(entity));
        }
        return surveys;
    }

    public async Task SaveAsync(Survey survey, CancellationToken cancellationToken)
    {
        await tables[Surveys].UpsertEntityAsync(ToEntity(survey), TableUpdateMode.Replace, cancellationToken);
        cache.Set(CacheKey(survey.Id), survey, CacheFor);
    }

    public async Task<SurveyResponse?> FindResponseAsync(Survey survey, string respondentKey, CancellationToken cancellationToken)
    {
        var counted = FindCountedAsync(survey.Id, respondentKey, cancellationToken);
        if (!survey.Anonymous)
        {
            return await counted;
        }
        var waiting = ReadPendingAsync(survey.Id, respondentKey, cancellationToken);
        await Task.WhenAll(counted, waiting);
        if (waiting.Result is not var (pending, _))
        {
            return counted.Result;
        }
        var answers = new Dictionary<string, string>(counted.Result?.Answers ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (field, value) in pending.Answers)
        {
            answers[field] = value;
        }
        return new SurveyResponse(survey.Id, respondentKey, null, answers, pending.Complete || counted.Result?.Complete == true, DateTimeOffset.MinValue)
        {
            UserGroup = pending.UserGroup,
        };
    }

    public async Task SaveAnswersAsync(Survey survey, string respondentKey, MemberId? respondent, string? userGroup,
        IReadOnlyDictionary<string, string> answers, bool complete, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (survey.Anonymous)
        {
            await SavePendingAsync(survey.Id, respondentKey, answers, complete, userGroup, cancellationToken);
            return;
        }
        var entity = Response(survey.Id, respondentKey, answers, complete);
        entity["Updated"] = now;
        entity[GroupProperty] = userGroup ?? "";
        if (respondent is { } member)
        {
            entity["TenantId"] = member.TenantId;
            entity["ObjectId"] = member.ObjectId;
        }
        // Merge: other answers and an earlier "Complete" stay as they are.
        await tables[Responses].UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<int> CountPendingAsync(string surveyId, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in tables[Pending].QueryAsync<TableEntity>(PendingFilter(surveyId), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }
        return count;
    }

    public async Task<int> FlushAnonymousAsync(string surveyId, int minimumRespondents, CancellationToken cancellationToken)
    {
        if (await CountPendingAsync(surveyId, cancellationToken) is var waitingNow && (waitingNow == 0 || waitingNow < minimumRespondents))
        {
            return 0;
        }
        var table = tables[Pending];
        var partition = TableKey.Encode(surveyId);
        if (await TableLeases.TryAcquireAsync(table, partition, FlushLock, clock.GetUtcNow(), FlushLease, cancellationToken) is not { } lease)
        {
            return 0;
        }
        try
        {
            var waiting = new List<(TableEntity Row, PendingAnswers Answers)>();
            await foreach (var row in table.QueryAsync<TableEntity>(PendingFilter(surveyId), cancellationToken: cancellationToken))
            {
                if (envelope.Open(surveyId, row.RowKey, Sealed(row)) is { } answers)
                {
                    waiting.Add((row, answers));
                }
            }
            if (waiting.Count == 0 || waiting.Count < minimumRespondents)
            {
                return 0;
            }
            var shuffled = waiting.ToArray();
            System.Security.Cryptography.RandomNumberGenerator.Shuffle(shuffled.AsSpan());
            foreach (var batch in shuffled.Chunk(100))
            {
                await tables[Responses].SubmitTransactionAsync(batch.Select(w => new TableTransactionAction(TableTransactionActionType.UpsertMerge,
                    Counted(surveyId, w.Answers))), cancellationToken);
            }
            // Only what was counted is removed: a row the respondent changed meanwhile stays for the next batch.
            foreach (var batch in shuffled.Chunk(100))
            {
                await DeleteCountedAsync(table, batch.Select(w => w.Row).ToList(), cancellationToken);
            }
            return shuffled.Length;
        }
        finally
        {
            await TableLeases.ReleaseAsync(table, lease, CancellationToken.None);
        }
    }

    public async Task<IReadOnlyList<SurveyResponse>> ListResponsesAsync(string surveyId, CancellationToken cancellationToken)
    {
        var responses = new List<SurveyResponse>();
        await foreach (var response in ReadResponsesAsync(surveyId, cancellationToken))
        {
            responses.Add(response);
        }
        return responses;
    }

    public async IAsyncEnumerable<SurveyResponse> ReadResponsesAsync(string surveyId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(surveyId)}");
        await foreach (var entity in tables[Responses].QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ResponseFrom(entity);
        }
    }

    private async Task<SurveyResponse?> FindCountedAsync(string surveyId, string respondentKey, CancellationToken cancellationToken)
    {
        var response = await tables[Responses].GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(surveyId), TableKey.Encode(respondentKey),
            cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? ResponseFrom(entity) : null;
    }

    private async Task<(PendingAnswers Answers, ETag ETag)?> ReadPendingAsync(string surveyId, string respondentKey, CancellationToken cancellationToken)
    {
        var row = envelope.RowFor(surveyId, respondentKey);
        var read = await tables[Pending].GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(surveyId), row, cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } entity && envelope.Open(surveyId, row, Sealed(entity)) is { } answers ? (answers, entity.ETag) : null;
    }

    private async Task SavePendingAsync(string surveyId, string respondentKey, IReadOnlyDictionary<string, string> answers, bool complete,
        string? userGroup, CancellationToken cancellationToken)
    {
        var row = envelope.RowFor(surveyId, respondentKey);
        for (var attempt = 1; ; attempt++)
        {
            var held = await ReadPendingAsync(surveyId, respondentKey, cancellationToken);
            var merged = new Dictionary<string, string>(held?.Answers.Answers ?? [], StringComparer.Ordinal);
            foreach (var (field, value) in answers)
            {
                merged[field] = Cap(value);
            }
            var entity = SealedEntity(surveyId, row, new PendingAnswers(respondentKey, merged, complete || held?.Answers.Complete == true, userGroup));
            try
            {
                if (held is { } current)
                {
                    await tables[Pending].UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await tables[Pending].AddEntityAsync(entity, cancellationToken);
                }
                return;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 409 or 412 && attempt < Attempts)
            {
                // counted or written meanwhile: merge into what is there now
            }
        }
    }

    private static async Task DeleteCountedAsync(TableClient table, List<TableEntity> counted, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(counted.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag)), cancellationToken);
        }
        catch (TableTransactionFailedException)
        {
            // One of them changed since it was read: delete the others one by one.
            foreach (var row in counted)
            {
                try
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                }
                catch (RequestFailedException e) when (e.Status is 404 or 412)
                {
                }
            }
        }
    }

    private TableEntity SealedEntity(string surveyId, string row, PendingAnswers answers)
    {
        var sealedBytes = envelope.Seal(surveyId, row, answers);
        var entity = new TableEntity(TableKey.Encode(surveyId), row);
        var parts = (sealedBytes.Length + SealedPart - 1) / SealedPart;
        entity["Parts"] = parts;
        for (var i = 0; i < parts; i++)
        {
            entity[$"Sealed{i}"] = sealedBytes.AsSpan(i * SealedPart, Math.Min(SealedPart, sealedBytes.Length - i * SealedPart)).ToArray();
        }
        return entity;
    }

    private static byte[] Sealed(TableEntity entity) =>
        [.. Enumerable.Range(0, entity.GetInt32("Parts") ?? 0).SelectMany(i => entity.GetBinary($"Sealed{i}") ?? [])];

    private static string PendingFilter(string surveyId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(surveyId)} and RowKey lt {FlushLock}");

    private static TableEntity Response(string surveyId, string respondentKey, IReadOnlyDictionary<string, string> answers, bool complete)
    {
        var entity = new TableEntity(TableKey.Encode(surveyId), TableKey.Encode(respondentKey))
        {
            ["SurveyId"] = surveyId,
            ["RespondentKey"] = respondentKey,
        };
        if (complete)
        {
            entity["Complete"] = true;
        }
        foreach (var (fieldId, value) in answers)
        {
            entity[AnswerPrefix + fieldId] = Cap(value);
        }
        return entity;
    }

    /// <summary>An anonymous respondent's counted row: their answers, and their group sealed (never in plain, decision 0018).</summary>
    private TableEntity Counted(string surveyId, PendingAnswers answers)
    {
        var entity = Response(surveyId, answers.RespondentKey, answers.Answers, answers.Complete);
        entity[GroupProperty] = envelope.SealGroup(surveyId, answers.RespondentKey, answers.UserGroup);
        return entity;
    }

    private static string Cap(string value) => value.Length > FormField.LongTextMax ? value[..FormField.LongTextMax] : value;

    private SurveyResponse ResponseFrom(TableEntity e)
    {
        // A plain loop: the results card converts every response of a survey, 10,000 and more.
        var answers = new Dictionary<string, string>(e.Count, StringComparer.Ordinal);
        foreach (var (key, value) in e)
        {
            if (value is string text && key.StartsWith(AnswerPrefix, StringComparison.Ordinal))
            {
                answers[key[AnswerPrefix.Length..]] = text;
            }
        }
        var tenant = e.GetString("TenantId");
        var objectId = e.GetString("ObjectId");
        var surveyId = e.GetString("SurveyId") ?? "";
        var respondentKey = e.GetString("RespondentKey") ?? "";
        return new SurveyResponse(surveyId, respondentKey,
            tenant is null || objectId is null ? null : new MemberId(tenant, objectId), answers,
            e.GetBoolean("Complete") ?? false, e.GetDateTimeOffset("Updated") ?? DateTimeOffset.MinValue)
        {
            UserGroup = e.TryGetValue(GroupProperty, out var group) switch
            {
                true when group is string named => named.Length > 0 ? named : null,
                true when group is byte[] sealedGroup => envelope.OpenGroup(surveyId, respondentKey, sealedGroup),
                _ => null,
            },
        };
    }

    private static TableEntity ToEntity(Survey s)
    {
        var json = JsonSerializer.Serialize(s.Questions, Json);
        var entity = new TableEntity(Partition, TableKey.Encode(s.Id))
        {
            ["Id"] = s.Id,
            ["Title"] = s.Title,
            ["Intro"] = s.Intro,
            ["Anonymous"] = s.Anonymous,
            ["Audience"] = string.Join("\n", s.Audience),
            ["Deadline"] = s.Deadline,
            ["CreatedBy"] = s.CreatedBy,
            ["Created"] = s.Created,
            ["Status"] = s.Status.ToString(),
            ["OpenedAt"] = s.OpenedAt,
            ["ClosedAt"] = s.ClosedAt,
            ["Opens"] = s.Opens,
            ["CloseAfterResponses"] = s.CloseAfterResponses,
            ["PreviousEdition"] = s.PreviousEdition,
            ["AudienceKind"] = s.AudienceKind.ToString(),
            ["Products"] = JsonSerializer.Serialize(s.Products, Json),
            ["ShareResults"] = s.ShareResults.ToString(),
        };
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        entity["QuestionChunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            entity[$"Questions{i}"] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - i * ChunkChars));
        }
        WriteChunks(entity, "Members", JsonSerializer.Serialize(s.Members, Json));
        return entity;
    }

    private static Survey FromEntity(TableEntity e)
    {
        var chunks = e.GetInt32("QuestionChunks") ?? 0;
        var json = string.Concat(Enumerable.Range(0, chunks).Select(i => e.GetString($"Questions{i}")));
        var questions = JsonSerializer.Deserialize<List<FormField>>(json, Json) ?? [];
        var audience = e.GetString("Audience") is { Length: > 0 } a ? a.Split('\n') : [];
        return new Survey(e.GetString("Id") ?? "", e.GetString("Title") ?? "", e.GetString("Intro") ?? "", questions,
            e.GetBoolean("Anonymous") ?? false, audience, e.GetDateTimeOffset("Deadline"), e.GetString("CreatedBy") ?? "",
            e.GetDateTimeOffset("Created") ?? DateTimeOffset.MinValue)
        {
            Status = Enum.TryParse<SurveyStatus>(e.GetString("Status"), out var status) ? status : SurveyStatus.Draft,
            OpenedAt = e.GetDateTimeOffset("OpenedAt"),
            ClosedAt = e.GetDateTimeOffset("ClosedAt"),
            Opens = e.GetDateTimeOffset("Opens"),
            CloseAfterResponses = e.GetInt32("CloseAfterResponses"),
            PreviousEdition = e.GetString("PreviousEdition"),
            // Rows written before audiences had kinds have none of these: their audience is the groups above.
            AudienceKind = Enum.TryParse<SurveyAudienceKind>(e.GetString("AudienceKind"), out var kind) ? kind : SurveyAudienceKind.Groups,
            Products = e.GetString("Products") is { Length: > 0 } products ? JsonSerializer.Deserialize<List<SurveyProduct>>(products, Json) ?? [] : [],
            Members = ReadChunks(e, "Members") is { Length: > 0 } members ? JsonSerializer.Deserialize<List<SurveyMember>>(members, Json) ?? [] : [],
            ShareResults = Enum.TryParse<SurveySharing>(e.GetString("ShareResults"), out var sharing) ? sharing : SurveySharing.No,
        };
    }

    public async Task<Survey?> UpdateAsync(string surveyId, Func<Survey, Survey?> change, CancellationToken cancellationToken)
    {
        var after = await TableRows.UpdateAsync(tables[Surveys], () => ReadAsync(surveyId, cancellationToken), ToEntity, change, cancellationToken);
        if (after is not null)
        {
            cache.Set(CacheKey(surveyId), after, CacheFor);
        }
        return after;
    }

    public async Task<Survey?> FindLatestAsync(string surveyId, CancellationToken cancellationToken)
    {
        var survey = (await ReadAsync(surveyId, cancellationToken))?.Survey;
        if (survey is not null)
        {
            cache.Set(CacheKey(surveyId), survey, CacheFor);
        }
        return survey;
    }

    public async Task<int> CountCompleteAsync(string surveyId, CancellationToken cancellationToken)
    {
        // By respondent: an anonymous respondent counted before may wait again with changed answers.
        var complete = new HashSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(surveyId)} and Complete eq {true}");
        await foreach (var row in tables[Responses].QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            complete.Add(row.RowKey);
        }
        await foreach (var row in tables[Pending].QueryAsync<TableEntity>(PendingFilter(surveyId), cancellationToken: cancellationToken))
        {
            if (envelope.Open(surveyId, row.RowKey, Sealed(row)) is { Complete: true } waiting)
            {
                complete.Add(TableKey.Encode(waiting.RespondentKey));
            }
        }
        return complete.Count;
    }

    private async Task<(Survey Survey, ETag ETag)?> ReadAsync(string surveyId, CancellationToken cancellationToken)
    {
        var read = await tables[Surveys].GetEntityIfExistsAsync<TableEntity>(Partition, TableKey.Encode(surveyId), cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } entity ? (FromEntity(entity), entity.ETag) : null;
    }

    public async Task<bool> AddAsync(Survey survey, CancellationToken cancellationToken)
    {
        try
        {
            await tables[Surveys].AddEntityAsync(ToEntity(survey), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        cache.Set(CacheKey(survey.Id), survey, CacheFor);
        return true;
    }

    /// <summary>A long text over several properties ("{name}Chunks", "{name}0"...), each under the 64 KiB limit of one.</summary>
    private static void WriteChunks(TableEntity entity, string name, string text)
    {
        var chunks = (text.Length + ChunkChars - 1) / ChunkChars;
        entity[$"{name}Chunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            entity[$"{name}{i}"] = text.Substring(i * ChunkChars, Math.Min(ChunkChars, text.Length - i * ChunkChars));
        }
    }

    private static string ReadChunks(TableEntity entity, string name) =>
        string.Concat(Enumerable.Range(0, entity.GetInt32($"{name}Chunks") ?? 0).Select(i => entity.GetString($"{name}{i}")));
}
