using Azure.Storage.Queues.Models;
using CollabBot.Bot.Storage;
using CollabBot.Cards.Files;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Files;

/// <summary>
/// Builds the exports staff ask for, from the exports queue, with the <see cref="IExporter"/> of their kind: writes the file, sends the link to the staff member
/// who asked (through the delivery engine), then deletes the request. A request that fails comes back after its
/// visibility timeout; after <see cref="MaxAttempts"/> it is dropped and the staff member told. A request is done at
/// least once: a crash between asking for the link to be sent and deleting the request sends it a second time.
/// </summary>
public sealed partial class ExportWorker(
    CollabQueues queues, ExportQueue requests, IEnumerable<IExporter> exporters, DownloadFiles files, INotifier notifier,
    IOptions<CollabOptions> collab, ILogger<ExportWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, IExporter> byKind = exporters.ToDictionary(e => e.Kind, StringComparer.Ordinal);

    public const int MaxAttempts = 5;
    private static readonly TimeSpan Working = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan CleanEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(250);
        var cleaned = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTimeOffset.UtcNow - cleaned > CleanEvery)
                {
                    await files.DeleteOldAsync(stoppingToken);
                    cleaned = DateTimeOffset.UtcNow;
                }
                QueueMessage[] messages = await queues[ExportQueue.Queue].ReceiveMessagesAsync(4, Working, stoppingToken);
                foreach (var message in messages)
                {
                    await HandleAsync(message, stoppingToken);
                }
                // Polling backs off while there is nothing to do; a request made here wakes it at once.
                idle = messages.Length > 0 ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
                if (messages.Length == 0)
                {
                    await requests.WaitAsync(idle, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An exception escaping a BackgroundService stops the host: log, wait, try again.
                LogRoundFailed(logger, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var queue = queues[ExportQueue.Queue];
        var request = ExportQueue.Parse(message.MessageText);
        if (request is null || !collab.Value.IsStaff(request.Staff.ObjectId) || !byKind.ContainsKey(request.Kind))
        {
            LogDropped(logger, message.MessageId);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return;
        }
        if (message.DequeueCount > MaxAttempts)
        {
            LogGaveUp(logger, request.Kind, request.Id, message.DequeueCount);
            await notifier.NotifyAsync(request.Staff, new TextReply(
                $"Sorry, I could not prepare the {request.Kind} file of {request.Id}. Please try again later."), cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return;
        }
        await BuildAndSendAsync(request, cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    // The link goes through the delivery engine, which keeps it until Teams takes it.
    private async Task BuildAndSendAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        if (await byKind[request.Kind].BuildAsync(request.Id, request.Format, cancellationToken) is not { } built)
        {
            await notifier.NotifyAsync(request.Staff, new TextReply($"There is no {request.Kind} {request.Id} any more."), cancellationToken);
            return;
        }
        var link = await files.PublishAsync(built.Folder, built.File, cancellationToken);
        var card = ExportReadyCard.Build(new ExportReadyView(built.Description, built.File.Name, link.Uri.ToString(), link.Expires, built.Again));
        await notifier.NotifyAsync(request.Staff, new CardReply(card), cancellationToken);
        LogSent(logger, request.Kind, request.Id, request.Format, request.Staff.ObjectId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Export of {Kind} {Id} as {Format} for staff {StaffId} is on its way")]
    private static partial void LogSent(ILogger logger, string kind, string id, ExportFormat format, string staffId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped export request {MessageId}: unreadable, of no known kind, or not asked by staff")]
    private static partial void LogDropped(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up the export of {Kind} {Id} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, string kind, string id, long attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export round failed ({Reason}); trying again shortly")]
    private static partial void LogRoundFailed(ILogger logger, string reason);
}
