using System.Text.Json;
using Azure.Data.Tables;
using CollabBot.Dialogs.Delivery;

namespace CollabBot.Bot.Delivery;

/// <summary>What a broadcast is (its header row), and where its progress card is.</summary>
public sealed record BroadcastHeader(string Id, string Label, string Content, string Payload, DeliveryPriority Priority, Audience Audience,
    DateTimeOffset Created)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool Cancelled { get; init; }

    public bool FanoutStarted { get; init; }

    /// <summary>The broadcast whose message to each recipient this one replaces in place.</summary>
    public string? Updates { get; init; }

    /// <summary>The staff card that shows the progress: its conversation reference and activity id.</summary>
    public string? ProgressAddress { get; init; }

    public string? ProgressActivityId { get; init; }

    /// <summary>The counts last shown on the progress card (so an unchanged card is not sent again).</summary>
    public string? ProgressShown { get; init; }

    public static BroadcastHeader From(BroadcastRequest request, DateTimeOffset now) =>
        new(request.Id, request.Label, request.Content, request.Payload, request.Priority, request.Audience, now) { Updates = request.Updates };

    public TableEntity ToEntity(string partition) => new(partition, BroadcastStore.HeaderRow)
    {
        ["Id"] = Id,
        ["Label"] = Label,
        ["Content"] = Content,
        ["Payload"] = Payload,
        ["Priority"] = Priority.ToString(),
        ["Audience"] = JsonSerializer.Serialize(Audience, Json),
        ["Created"] = Created,
        ["Cancelled"] = Cancelled,
        ["FanoutStarted"] = FanoutStarted,
        ["Updates"] = Updates,
    };

    public static BroadcastHeader FromEntity(TableEntity e) => new(
        e.GetString("Id") ?? "",
        e.GetString("Label") ?? "",
        e.GetString("Content") ?? "",
        e.GetString("Payload") ?? "",
        Enum.TryParse<DeliveryPriority>(e.GetString("Priority"), out var priority) ? priority : DeliveryPriority.Bulk,
        JsonSerializer.Deserialize<Audience>(e.GetString("Audience") ?? "null", Json) ?? Audience.Only(),
        e.GetDateTimeOffset("Created") ?? DateTimeOffset.MinValue)
    {
        Cancelled = e.GetBoolean("Cancelled") ?? false,
        FanoutStarted = e.GetBoolean("FanoutStarted") ?? false,
        Updates = e.GetString("Updates"),
        ProgressAddress = e.GetString("ProgressAddress"),
        ProgressActivityId = e.GetString("ProgressActivityId"),
        ProgressShown = e.GetString("ProgressShown"),
    };
}
