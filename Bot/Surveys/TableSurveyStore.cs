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
/// writing the same answer twice changes nothing. Named responses hold the member's id (whose data it is);
/// anonymous ones hold none. surveydeliveries: PK survey id, RK recipient key + what was sent, insert-if-absent.
/// An answer turn reads its survey several times: surveys are cached briefly (writes here refresh the cache;
/// another instance's open or close is seen within <see cref="CacheFor"/>).
/// </summary>
public sealed class TableSurveyStore(CollabTables tables, IMemoryCache cache) : ISurveyStore
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    public const string Surveys = "surveys";
    public const string Responses = "surveyresponses";
    public const string Deliveries = "surveydeliveries";
    private const string Partition = "survey";
    private const string AnswerPrefix = "A_";
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

    public async Task SetInvitedAsync(string surveyId, int invited, CancellationToken cancellationToken)
    {
        await tables[Surveys].UpdateEntityAsync(new TableEntity(Partition, TableKey.Encode(surveyId)) { ["Invited"] = invited }, ETag.All,
            TableUpdateMode.Merge, cancellationToken);
        cache.Remove(CacheKey(surveyId));
    }

    public async Task<SurveyResponse?> FindResponseAsync(string surveyId, string respondentKey, CancellationToken cancellationToken)
    {
        var response = await tables[Responses].GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(surveyId), TableKey.Encode(respondentKey),
            cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? ResponseFrom(entity) : null;
    }

    public async Task SaveAnswersAsync(string surveyId, string respondentKey, MemberId? respondent, IReadOnlyDictionary<string, string> answers,
        bool complete, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKey.Encode(surveyId), TableKey.Encode(respondentKey))
        {
            ["SurveyId"] = surveyId,
            ["RespondentKey"] = respondentKey,
            ["Updated"] = now,
        };
        if (respondent is { } member)
        {
            entity["TenantId"] = member.TenantId;
            entity["ObjectId"] = member.ObjectId;
        }
        if (complete)
        {
            entity["Complete"] = true;
        }
        foreach (var (fieldId, value) in answers)
        {
            entity[AnswerPrefix + fieldId] = value.Length > FormField.LongTextMax ? value[..FormField.LongTextMax] : value;
        }
        // Merge: other answers and an earlier "Complete" stay as they are.
        await tables[Responses].UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
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

    public async Task<bool> TryRecordDeliveryAsync(string surveyId, string recipientKey, string what, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await tables[Deliveries].AddEntityAsync(new TableEntity(TableKey.Encode(surveyId), TableKey.Encode($"{recipientKey}|{what}"))
            {
                ["Sent"] = now,
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    private static SurveyResponse ResponseFrom(TableEntity e)
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
        return new SurveyResponse(e.GetString("SurveyId") ?? "", e.GetString("RespondentKey") ?? "",
            tenant is null || objectId is null ? null : new MemberId(tenant, objectId), answers,
            e.GetBoolean("Complete") ?? false, e.GetDateTimeOffset("Updated") ?? DateTimeOffset.MinValue);
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
            ["Invited"] = s.Invited,
        };
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        entity["QuestionChunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            entity[$"Questions{i}"] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - i * ChunkChars));
        }
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
            Invited = e.GetInt32("Invited") ?? 0,
        };
    }
}
