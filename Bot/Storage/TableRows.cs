using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace CollabBot.Bot.Storage;

/// <summary>
/// What the stores of numbered records (questions, nominations) do alike: change a row with its ETag, read again and
/// changed again on a conflict; hand out the next number from a counter row; keep a form's draft answers.
/// </summary>
public static class TableRows
{
    private const int Attempts = 20;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Applies a change to the record read with its ETag; on a conflict reads it again and applies the change again.</summary>
    /// <returns>The record as stored after, or null when there is none; the change returns null when there is nothing to write.</returns>
    public static async Task<T?> UpdateAsync<T>(TableClient table, Func<Task<(T Record, ETag ETag)?>> read, Func<T, TableEntity> toEntity,
        Func<T, T?> change, CancellationToken cancellationToken) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await read() is not var (current, etag))
            {
                return null;
            }
            if (change(current) is not { } changed)
            {
                return current;
            }
            try
            {
                await table.UpdateEntityAsync(toEntity(changed), etag, TableUpdateMode.Replace, cancellationToken);
                return changed;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(2, 10 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>The next number of a partition's counter row (1 first), taken with its ETag so two instances never get the same.</summary>
    public static async Task<int> NextNumberAsync(TableClient table, string partition, string counter, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var read = await table.GetEntityIfExistsAsync<TableEntity>(partition, counter, cancellationToken: cancellationToken);
            var next = read.HasValue && read.Value is { } e ? (e.GetInt32("Next") ?? 1) : 1;
            var row = new TableEntity(partition, counter) { ["Next"] = next + 1 };
            try
            {
                if (read.HasValue && read.Value is { } held)
                {
                    await table.UpdateEntityAsync(row, held.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(row, cancellationToken);
                }
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(2, 10 * attempt), cancellationToken);
            }
        }
    }

    public static async Task<IReadOnlyDictionary<string, string>> LoadDraftAsync(TableClient table, string partition, string draftId,
        CancellationToken cancellationToken)
    {
        var read = await table.GetEntityIfExistsAsync<TableEntity>(partition, TableKey.Encode(draftId), cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Answers") ?? "{}", Json) ?? []
            : new Dictionary<string, string>();
    }

    /// <summary>Merges answers into a draft.</summary>
    public static async Task SaveDraftAsync(TableClient table, string partition, string draftId, IReadOnlyDictionary<string, string> answers,
        CancellationToken cancellationToken)
    {
        var merged = new Dictionary<string, string>(await LoadDraftAsync(table, partition, draftId, cancellationToken), StringComparer.Ordinal);
        foreach (var (field, value) in answers)
        {
            merged[field] = value;
        }
        await table.UpsertEntityAsync(new TableEntity(partition, TableKey.Encode(draftId)) { ["Answers"] = JsonSerializer.Serialize(merged, Json) },
            TableUpdateMode.Replace, cancellationToken);
    }

    public static async Task DeleteDraftAsync(TableClient table, string partition, string draftId, CancellationToken cancellationToken) =>
        await table.DeleteEntityAsync(partition, TableKey.Encode(draftId), ETag.All, cancellationToken);
}
