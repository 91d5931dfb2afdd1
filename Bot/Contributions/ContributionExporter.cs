using System.Globalization;
using CollabBot.Bot.Files;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Files;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Contributions;

/// <summary>
/// The contributions the inbox showed (its filter is the export's id), one row each: the common columns, then every
/// channel's own questions (one channel's when the filter names it). For staff only.
/// </summary>
public sealed class ContributionExporter(IContributionStore store, ContributionChannels channels, IOptions<ContributionOptions> options) : IExporter
{
    public string Kind => ExportContributionsAction.Kind;

    public async Task<ExportedFile?> BuildAsync(string id, ExportFormat format, CancellationToken cancellationToken)
    {
        var filter = InboxFilter.Parse(id, channels);
        var chosen = channels.All.Where(c => filter.Kind == InboxFilter.All || c.Kind == filter.Kind).ToList();
        var fields = new List<ChannelField>();
        foreach (var channel in chosen)
        {
            fields.AddRange((await channel.FieldsAsync(cancellationToken)).Where(f => fields.All(known => known.Label != f.Label)));
        }
        List<string[]> rows = [["Id", "Channel", "Status", "From", "User group", "Sent (UTC)", "Taken by", "Decided by", "Reply", "Plan item",
            .. fields.Select(f => f.Label)]];
        foreach (var channel in chosen)
        {
            var own = (await channel.FieldsAsync(cancellationToken)).ToDictionary(f => f.Label, f => f.Id);
            foreach (var c in (await store.ListAsync(channel.Kind, cancellationToken)).Where(c => filter.Matches(c, options.Value)))
            {
                rows.Add(
                [
                    c.Code, channel.EnglishName, ContributionViews.StatusName(c.Status), c.SenderName, c.SenderGroup ?? "",
                    c.Created.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), c.TakenByName ?? "", c.DecidedByName ?? "", c.Reply ?? "",
                    c.Plan?.Title ?? "",
                    .. fields.Select(f => own.TryGetValue(f.Label, out var field) ? (c[field] ?? "").Replace('\n', ';') : ""),
                ]);
            }
        }
        var name = "contributions-" + string.Concat(filter.ToString().Select(ch => char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-'));
        var file = format == ExportFormat.Csv
            ? new ExportFile($"{name}.csv", "text/csv; charset=utf-8", TableFiles.Csv(rows))
            : new ExportFile($"{name}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TableFiles.Xlsx(rows, "Contributions"));
        return new ExportedFile($"{rows.Count - 1} contributions as {(format == ExportFormat.Csv ? "CSV" : "an Excel workbook")}", "contributions", file,
            "type \"inbox\" and press the export button again for a new one.");
    }
}
