using System.Globalization;
using CollabBot.Bot.Delivery;
using CollabBot.Bot.Files;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Newsletters;

namespace CollabBot.Bot.Newsletters;

/// <summary>
/// A newsletter's delivery outcome per recipient (its number is the export's id): who, the outcome, tries, the reason of
/// a failure, when it was last written. Reads and "helpful" votes are totals on the card only, never listed per person.
/// </summary>
public sealed class NewsletterExporter(INewsletterStore store, BroadcastStore broadcasts, IMemberStore members) : IExporter
{
    public string Kind => ExportNewsletterAction.Kind;

    public async Task<ExportedFile?> BuildAsync(string id, ExportFormat format, CancellationToken cancellationToken)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || await store.FindAsync(number, cancellationToken) is not { } newsletter)
        {
            return null;
        }
        var names = (await members.ListAsync([], cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
        List<string[]> rows = [["Name", "Tenant", "Object id", "Outcome", "Tries", "Reason", "Last written (UTC)"]];
        await foreach (var row in broadcasts.RecipientsAsync(NewsletterSending.BroadcastOf(number), cancellationToken))
        {
            var member = new MemberId(row.GetString("TenantId") ?? "", row.GetString("ObjectId") ?? "");
            rows.Add(
            [
                names.GetValueOrDefault(member, ""), member.TenantId, member.ObjectId, (row.GetString("State") ?? "").ToLowerInvariant(),
                (row.GetInt32("Attempts") ?? 0).ToString(CultureInfo.InvariantCulture), row.GetString("Error") ?? "",
                row.Timestamp?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "",
            ]);
        }
        var name = $"newsletter-{newsletter.Id.ToLowerInvariant()}-deliveries";
        var file = format == ExportFormat.Csv
            ? new ExportFile($"{name}.csv", "text/csv; charset=utf-8", TableFiles.Csv(rows))
            : new ExportFile($"{name}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TableFiles.Xlsx(rows, "Deliveries"));
        return new ExportedFile($"the delivery outcomes of {newsletter.Id} ({rows.Count - 1} recipients) as {(format == ExportFormat.Csv ? "CSV" : "an Excel workbook")}",
            "newsletter deliveries", file, "open the newsletter again and press the export button for a new one.");
    }
}
