using System.Text.Json;
using CollabBot.Dialogs.Conversation;

namespace CollabBot.Bot.Delivery;

/// <summary>A message as the engine keeps it between being asked for and being sent: text (with the people it mentions), or an Adaptive Card's JSON.</summary>
public sealed record OutgoingMessage(string? Text, string? CardJson, string? Summary)
{
    public IReadOnlyList<Mentioned> Mentions { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutgoingMessage From(Reply reply) => reply switch
    {
        TextReply text => new(text.Text, null, null) { Mentions = text.Mentions },
        CardReply card => new(null, card.Card.ToJson(), card.Card.FallbackText),
        CardUpdate update => new(null, update.Card.ToJson(), update.Card.FallbackText),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply"),
    };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static OutgoingMessage? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<OutgoingMessage>(json, Json) is { } m && (m.Text is not null || m.CardJson is not null) ? m : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
