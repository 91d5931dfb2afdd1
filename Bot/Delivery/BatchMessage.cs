using System.Text.Json;

namespace CollabBot.Bot.Delivery;

/// <summary>One recipient as a batch carries them: who, in which language, and where (a serialised conversation reference).</summary>
public sealed record BatchRecipient(string TenantId, string ObjectId, string Locale, string Address)
{
    /// <summary>The recipient's key in the broadcast (the delivery row's key).</summary>
    public string Key => $"{TenantId}/{ObjectId}";
}

/// <summary>A queue message: up to a batch of one broadcast's recipients, all of one shard.</summary>
public sealed record BatchMessage(string BroadcastId, int Batch, IReadOnlyList<BatchRecipient> Recipients)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static BatchMessage? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<BatchMessage>(text, Json) is { BroadcastId.Length: > 0, Recipients.Count: > 0 } m ? m : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A queue message: read the next page of a broadcast's audience.</summary>
public sealed record FanoutMessage(string BroadcastId, int Page, string? Continuation)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static FanoutMessage? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<FanoutMessage>(text, Json) is { BroadcastId.Length: > 0 } m ? m : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
