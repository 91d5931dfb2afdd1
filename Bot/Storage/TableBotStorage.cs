using Azure;
using Azure.Data.Tables;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CollabBot.Bot.Storage;

/// <summary>
/// Bot state in Table Storage, with optimistic concurrency: an item read with an ETag is written back only if
/// nobody changed it since (412 otherwise); an item without one is inserted only if absent (409 otherwise);
/// "*" overwrites. Either conflict surfaces as <see cref="StateConflictException"/>.
/// The JSON is split over string properties to stay under the 64 KiB property limit.
/// </summary>
public sealed class TableBotStorage(CollabTables tables) : IStorage
{
    private const string ETagKey = "eTag";
    private const string RowKey = "state";
    private const string ChunkCount = "Chunks";
    private const int ChunkChars = 30_000; // 60 KB in UTF-16, under the 64 KiB string limit
    private const int MaxChunks = 15; // keeps the entity under 1 MiB

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
    });

    private TableClient Table => tables[CollabTables.BotState];

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var items = new Dictionary<string, object>(keys.Length);
        foreach (var key in keys)
        {
            var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(key), RowKey, cancellationToken: cancellationToken);
            if (!response.HasValue || response.Value is not { } entity)
            {
                continue;
            }
            var chunks = entity.GetInt32(ChunkCount) ?? 0;
            var json = string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString($"Data{i}")));
            var item = JObject.Parse(json);
            item[ETagKey] = entity.ETag.ToString();
            items[key] = item;
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            var item = JObject.FromObject(value, Serializer);
            var etag = value is IStoreItem storeItem ? storeItem.ETag : item[ETagKey]?.Value<string>();
            item.Remove(ETagKey);
            var entity = ToEntity(key, item.ToString(Formatting.None));
            var written = await WriteEntityAsync(key, entity, etag, cancellationToken);
            switch (value)
            {
                case IStoreItem stored:
                    stored.ETag = written.ToString();
                    break;
                case IDictionary<string, object> dictionary:
                    dictionary[ETagKey] = written.ToString();
                    break;
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            await Table.DeleteEntityAsync(TableKey.Encode(key), RowKey, ETag.All, cancellationToken);
        }
    }

    private async Task<ETag> WriteEntityAsync(string key, TableEntity entity, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            var response = etag switch
            {
                null or "" => await Table.AddEntityAsync(entity, cancellationToken),
                "*" => await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken),
                _ => await Table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken),
            };
            return response.Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new StateConflictException(key, e);
        }
    }

    private static TableEntity ToEntity(string key, string json)
    {
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"Bot state for one conversation is too large ({json.Length:N0} characters).");
        }
        var entity = new TableEntity(TableKey.Encode(key), RowKey) { [ChunkCount] = chunks };
        for (var i = 0; i < chunks; i++)
        {
            entity[$"Data{i}"] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - i * ChunkChars));
        }
        return entity;
    }
}

public sealed class StateConflictException(string key, Exception inner)
    : Exception($"Bot state '{key}' was changed by another turn.", inner);
