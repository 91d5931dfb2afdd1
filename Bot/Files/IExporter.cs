using CollabBot.Dialogs.Files;

namespace CollabBot.Bot.Files;

/// <summary>Builds the files of one kind of export (a survey's responses, a meeting's briefing pack). Register one per kind.</summary>
public interface IExporter
{
    string Kind { get; }

    /// <returns>The file, or null when what it would hold is gone.</returns>
    Task<ExportedFile?> BuildAsync(string id, ExportFormat format, CancellationToken cancellationToken);
}

/// <param name="Description">What the file holds, as the ready card says it ("The responses to \"User feedback\" as CSV").</param>
/// <param name="Folder">Where in the files container it goes ("surveys/s1").</param>
/// <param name="Again">How to get a new link once this one expires.</param>
public sealed record ExportedFile(string Description, string Folder, ExportFile File, string Again);
