using System.Globalization;
using CollabBot.Bot.Files;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Nominations;

namespace CollabBot.Bot.Nominations;

/// <summary>The nominations a staff list showed (its filter is the export's id), one row each, with contact details: for staff only.</summary>
public sealed class NominationExporter(INominationStore store) : IExporter
{
    public string Kind => ExportNominationsAction.Kind;

    public async Task<ExportedFile?> BuildAsync(string id, ExportFormat format, CancellationToken cancellationToken)
    {
        var filter = NominationFilter.Parse(id);
        List<string[]> rows =
        [
            ["Id", "Kind", "Status", "Nominee", "Organisation", "E-mail", "Expertise", "Languages", "Availability", "Programme", "Asks for", "Event", "Event date",
             "Place", "Audience", "Motivation", "Nominated by", "User group", "Created (UTC)", "Decision", "In the directory until", "Reviews"],
        ];
        foreach (var n in (await store.ListAsync(cancellationToken)).Where(filter.Matches))
        {
            var d = n.Details;
            rows.Add(
            [
                n.Id, NominationViews.KindName(n.Kind), NominationViews.StatusName(n.Status), d?.NomineeName ?? "", d?.Organisation ?? "", d?.Email ?? "",
                d is null ? "" : string.Join("; ", d.Expertise), d?.Languages ?? "", d?.Availability ?? "", d?.Programme ?? "", d?.Need ?? "", d?.Event ?? "",
                d?.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", d?.Place ?? "", d?.Audience ?? "", d?.Motivation ?? "",
                n.NominatorName, n.NominatorGroup ?? "", n.Created.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), n.Decision ?? "",
                n.TermUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                string.Join("; ", n.Reviews.Select(r => r.Conflict ? $"{r.Name}: conflict of interest" : $"{r.Name}: {r.Score}/5 {(r.Recommends == true ? "accept" : "decline")}")),
            ]);
        }
        var name = id.Trim().Length == 0 ? "nominations" : "nominations-" + string.Concat(id.Trim().Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
        var file = format == ExportFormat.Csv
            ? new ExportFile($"{name}.csv", "text/csv; charset=utf-8", TableFiles.Csv(rows))
            : new ExportFile($"{name}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TableFiles.Xlsx(rows, "Nominations"));
        return new ExportedFile($"{rows.Count - 1} nominations{(id.Trim().Length > 0 ? $" ({id.Trim()})" : "")} as {(format == ExportFormat.Csv ? "CSV" : "an Excel workbook")}",
            "nominations", file, "type \"nominations\" and press the export button again for a new one.");
    }
}
