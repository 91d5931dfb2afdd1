using System.Text.Json;

namespace CollabBot.Bot.Hosting;

/// <summary>
/// Checks, before the adapter sees it, that a request body is an activity the bot can answer: JSON, not too
/// large, with a type, a sender, a conversation and a service URL. Anything else gets a 400 (413 when too
/// large), never an exception in the turn.
/// </summary>
public static class ActivityGate
{
    public const int MaxBodyBytes = 512 * 1024;

    public static async Task<(int Status, string Error)?> CheckAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (StatusCodes.Status413PayloadTooLarge, "The activity is too large.");
        }
        request.EnableBuffering(MaxBodyBytes);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBodyBytes)
        {
            return (StatusCodes.Status413PayloadTooLarge, "The activity is too large.");
        }
        request.Body.Position = 0;
        try
        {
            using var json = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            return Missing(json.RootElement) is { } missing ? (StatusCodes.Status400BadRequest, missing) : null;
        }
        catch (JsonException)
        {
            return (StatusCodes.Status400BadRequest, "The body is not valid JSON.");
        }
    }

    private static string? Missing(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "The body is not an activity.";
        }
        if (!HasString(activity, "type"))
        {
            return "The activity has no type.";
        }
        if (!activity.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.Object || !HasString(from, "id"))
        {
            return "The activity has no sender (from.id).";
        }
        if (!activity.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object
            || !HasString(conversation, "id"))
        {
            return "The activity has no conversation (conversation.id).";
        }
        return HasString(activity, "serviceUrl") ? null : "The activity has no serviceUrl.";
    }

    private static bool HasString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;
}
