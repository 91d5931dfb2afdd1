using CollabBot.Bot.Files;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Questions;

namespace CollabBot.Bot.Questions;

/// <summary>A meeting's minutes as a Word document or Markdown.</summary>
public sealed class MinutesExporter(IQuestionStore store, TimeProvider clock) : IExporter
{
    public string Kind => Minutes.ExportKind;

    public async Task<ExportedFile?> BuildAsync(string id, ExportFormat format, CancellationToken cancellationToken)
    {
        if (await Minutes.BuildAsync(store, id, clock.GetUtcNow(), cancellationToken) is not { } minutes)
        {
            return null;
        }
        var document = minutes.ToDocument();
        var file = format == ExportFormat.Markdown
            ? new ExportFile($"{id}-minutes.md", "text/markdown; charset=utf-8", MarkdownWriter.Utf8(document))
            : new ExportFile($"{id}-minutes.docx", DocxWriter.ContentType, DocxWriter.Write(document));
        return new ExportedFile($"The minutes of {minutes.Meeting.Name} as {(format == ExportFormat.Markdown ? "Markdown" : "a Word document")}",
            "meetings/" + id, file, "type **minutes** again for a new one.");
    }
}
