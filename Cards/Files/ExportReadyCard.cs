using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Files;

/// <param name="Url">A read-only link that works until <paramref name="Expires"/>; only ever sent to the staff member who asked.</param>
/// <param name="Again">How to get a new link once this one expires.</param>
public sealed record ExportReadyView(string Description, string FileName, string Url, DateTimeOffset Expires, string Again);

/// <summary>Sent to a staff member when the file they asked for is ready.</summary>
public static class ExportReadyCard
{
    public const string Heading = "Your export is ready";

    public static AdaptiveCard Build(ExportReadyView view) => new(
        [
            TextBlock.Heading(Heading),
            new TextBlock($"{view.Description}: {view.FileName}."),
            new TextBlock($"The link works until {view.Expires.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; {view.Again}")
            { IsSubtle = true, Size = TextSize.Small },
        ],
        [new OpenUrlAction("Download", view.Url)])
    { FallbackText = Heading };
}
