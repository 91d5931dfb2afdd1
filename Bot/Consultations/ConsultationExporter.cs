using System.Globalization;
using CollabBot.Bot.Files;
using CollabBot.Dialogs.Consultations;
using CollabBot.Dialogs.Files;

namespace CollabBot.Bot.Consultations;

/// <summary>A consultation's answers (its number is the export's id): one row per group asked, answered or not, for staff.</summary>
public sealed class ConsultationExporter(IConsultationStore store) : IExporter
{
    public string Kind => ExportConsultationAction.Kind;

    public async Task<ExportedFile?> BuildAsync(string id, ExportFormat format, CancellationToken cancellationToken)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || await store.FindAsync(number, cancellationToken) is not { } c)
        {
            return null;
        }
        var answers = (await store.ListAnswersAsync(number, cancellationToken)).ToDictionary(a => a.Group, StringComparer.Ordinal);
        List<string[]> rows = [["Consultation", "Title", "Deadline (UTC)", "User group", "Answered", "Answered by", "Answered at (UTC)", "Answer"]];
        foreach (var group in c.Groups)
        {
            var a = answers.GetValueOrDefault(group);
            rows.Add(
            [
                c.Id, c.Title, c.Deadline.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), group, a is null ? "no" : "yes", a?.Name ?? "",
                a?.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "", a?.Text ?? "",
            ]);
        }
        var name = $"consultation-{c.Id.ToLowerInvariant()}-answers";
        var file = format == ExportFormat.Csv
            ? new ExportFile($"{name}.csv", "text/csv; charset=utf-8", TableFiles.Csv(rows))
            : new ExportFile($"{name}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TableFiles.Xlsx(rows, "Answers"));
        return new ExportedFile($"the answers to {c.Id} ({answers.Count} of {c.Groups.Count} groups) as {(format == ExportFormat.Csv ? "CSV" : "an Excel workbook")}",
            "consultation answers", file, "open the consultation again and press the export button for a new one.");
    }
}
