using CollabBot.Bot.Files;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Questions;

namespace CollabBot.Bot.Questions;

/// <summary>A meeting's briefing pack as a Word document or Markdown.</summary>
public sealed class BriefingExporter(BriefingPacks packs) : IExporter
{
    public string Kind => BriefingPacks.ExportKind;

    public async Task<ExportedFile?> BuildAsync(string id, ExportFormat format, CancellationToken cancellationToken)
    {
        if (await packs.BuildAsync(id, cancellationToken) is not { } pack)
        {
            return null;
        }
        var document = pack.ToDocument();
        var file = format == ExportFormat.Markdown
            ? new ExportFile($"{id}-briefing-pack.md", "text/markdown; charset=utf-8", MarkdownWriter.Utf8(document))
            : new ExportFile($"{id}-briefing-pack.docx", DocxWriter.ContentType, DocxWriter.Write(document));
        return new ExportedFile($"The briefing pack of {pack.Meeting.Name} ({pack.QuestionCount} questions) as {(format == ExportFormat.Markdown ? "Markdown" : "a Word document")}",
            "meetings/" + id, file, "type **briefing pack** again for a new one.");
    }
}
