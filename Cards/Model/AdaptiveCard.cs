using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollabBot.Cards.Model;

/// <summary>An Adaptive Card (schema 1.5, the newest Teams renders) as typed data.</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction>? Actions = null)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("type")]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version => "1.5";

    /// <summary>Shown by clients that cannot render the card, and in notifications.</summary>
    public string? FallbackText { get; init; }

    public Dictionary<string, object>? Msteams { get; init; } = new() { ["width"] = "Full" };

    public string ToJson() => JsonSerializer.Serialize(this, CardJson.Options);
}
