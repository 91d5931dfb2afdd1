using System.Text.Json;

namespace CollabBot.Bot.Hosting;

/// <summary>
/// Checks, before the adapter sees it, that a request body is an activity the bot can answer: JSON of valid
/// Unicode, not too large, with a type, a sender, a conversation and an http(s) service URL, and ids of a sane
/// length without control characters. Anything else gets a 400 (413 when too large), never an exception in the
/// turn. What the adapter itself reads is checked again there (a field of the wrong type is a 400 too).
/// </summary>
public static class ActivityGate
{
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>Longest id (activity, sender, conversation, recipient) accepted; Teams' longest are a few hundred characters.</summary>
    public const int MaxIdLength = 1024;

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
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException)
        {
            return (StatusCodes.Status400BadRequest, "The body is not valid JSON.");
        }
        using (json)
        {
            if (!IsValidText(json.RootElement))
            {
                return (StatusCodes.Status400BadRequest, "The body holds text that is not valid Unicode.");
            }
            return Missing(json.RootElement) is { } missing ? (StatusCodes.Status400BadRequest, missing) : null;
        }
    }

    private static string? Missing(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "The body is not an activity.";
        }
        if ((Id(activity, "type", required: true, 64) ?? Id(activity, "id", required: false, MaxIdLength)) is { } problem)
        {
            return problem;
        }
        if (!activity.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.Object
            || Id(from, "id", required: true, MaxIdLength) is not null)
        {
            return "The activity has no usable sender (from.id).";
        }
        if (from.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString()!.Length > MaxIdLength)
        {
            return "The sender's name is too long.";
        }
        if (!activity.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object
            || Id(conversation, "id", required: true, MaxIdLength) is not null)
        {
            return "The activity has no usable conversation (conversation.id).";
        }
        if (activity.TryGetProperty("recipient", out var recipient) && recipient.ValueKind == JsonValueKind.Object
            && Id(recipient, "id", required: false, MaxIdLength) is not null)
        {
            return "The activity's recipient id is not usable.";
        }
        return ServiceUrl(activity);
    }

    private static string? ServiceUrl(JsonElement activity)
    {
        if (!activity.TryGetProperty("serviceUrl", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return "The activity has no serviceUrl.";
        }
        var text = value.GetString()!;
        return text.Length <= 2048 && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0
            ? null
            : "The activity's serviceUrl is not an http(s) address.";
    }

    /// <returns>Why the string property is not a usable id, or null when it is.</returns>
    private static string? Id(JsonElement parent, string name, bool required, int maxLength)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? $"The activity has no {name}." : null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            return $"The activity's {name} is not a string.";
        }
        var text = value.GetString()!;
        if (required && text.Length == 0)
        {
            return $"The activity has no {name}.";
        }
        if (text.Length > maxLength)
        {
            return $"The activity's {name} is too long.";
        }
        return text.AsSpan().ContainsAnyInRange('\0', '\u001f') || text.Contains('\u007f') ? $"The activity's {name} holds control characters." : null;
    }

    /// <summary>Every property name and string decodes to valid UTF-16 (an escaped lone surrogate such as \udfff does not).</summary>
    private static bool IsValidText(JsonElement element)
    {
        try
        {
            return Walk(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        static bool Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        if (!IsWellFormed(property.Name) || !Walk(property.Value))
                        {
                            return false;
                        }
                    }
                    return true;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        if (!Walk(item))
                        {
                            return false;
                        }
                    }
                    return true;
                case JsonValueKind.String:
                    return IsWellFormed(e.GetString()!);
                default:
                    return true;
            }
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
