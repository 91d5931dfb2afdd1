using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <param name="Url">A read-only link that works until <paramref name="Expires"/>; only ever sent to the staff member who asked.</param>
public sealed record ExportReadyView(string SurveyTitle, string FileKind, string FileName, string Url, DateTimeOffset Expires);

/// <summary>Sent to a staff member when the export they asked for is ready.</summary>
public static class ExportReadyCard
{
    public const string Heading = "Your export is ready";

    public static AdaptiveCard Build(ExportReadyView view) => new(
        [
            TextBlock.Heading(Heading),
            new TextBlock($"The responses to \"{view.SurveyTitle}\" as {view.FileKind}: {view.FileName}."),
            new TextBlock($"The link works until {view.Expires.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; " +
                "press the export button on the results card again for a new one.")
            { IsSubtle = true, Size = TextSize.Small },
        ],
        [new OpenUrlAction("Download", view.Url)])
    { FallbackText = Heading };
}
