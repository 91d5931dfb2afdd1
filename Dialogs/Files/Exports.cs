using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Files;

public enum ExportFormat
{
    Csv,
    Xlsx,
    Docx,
    Markdown,
}

/// <summary>A staff member asked for a file: of what <paramref name="Kind"/> ("survey", "briefing"), which one, in which format.</summary>
public sealed record ExportRequest(string Kind, string Id, ExportFormat Format, MemberId Staff);

/// <summary>
/// Files are built off the turn (a large one takes a while) and the link is sent to the staff member who asked, in
/// their chat with the bot, as soon as the file is ready.
/// </summary>
public interface IExportRequests
{
    Task RequestAsync(ExportRequest request, CancellationToken cancellationToken);
}
