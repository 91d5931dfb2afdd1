using System.Text.Json;
using System.Threading.Channels;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;

namespace CollabBot.Bot.Files;

/// <summary>
/// Export requests as messages of an Azure Storage queue, so any instance may build the file (competing
/// consumers) and none is lost to a restart. The instance that took the request starts on it at once.
/// </summary>
public sealed class ExportQueue(CollabQueues queues) : IExportRequests
{
    public const string Queue = "exports";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<bool> nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public async Task RequestAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        var message = new Message(request.Kind, request.Id, null, request.Format, request.Staff.TenantId, request.Staff.ObjectId);
        await queues[Queue].SendMessageAsync(JsonSerializer.Serialize(message, Json), cancellationToken);
        nudges.Writer.TryWrite(true);
    }

    /// <summary>Waits until a request is made here, or the time is up.</summary>
    public async Task WaitAsync(TimeSpan atMost, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(atMost);
        try
        {
            await nudges.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // time is up
        }
    }

    public static ExportRequest? Parse(string text)
    {
        try
        {
            // Requests queued before exports had kinds name a survey.
            return JsonSerializer.Deserialize<Message>(text, Json) is { TenantId.Length: > 0, ObjectId.Length: > 0 } m
                && (m.Id ?? m.SurveyId) is { Length: > 0 } id && Enum.IsDefined(m.Format)
                ? new ExportRequest(m.Kind ?? "survey", id, m.Format, new MemberId(m.TenantId, m.ObjectId))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Message(string? Kind, string? Id, string? SurveyId, ExportFormat Format, string TenantId, string ObjectId);
}
