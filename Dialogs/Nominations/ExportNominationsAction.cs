using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;

namespace CollabBot.Dialogs.Nominations;

/// <summary>The "nominations" list's export buttons: the same nominations as a CSV or Excel file, its link sent to the staff member who asked.</summary>
public sealed class ExportNominationsAction(IExportRequests exports) : ICardAction
{
    /// <summary>The kind of export: nominations matching a filter (the export's id).</summary>
    public const string Kind = "nominations";

    /// <summary>The export's id when nothing narrows the list (an export needs an id; no filter word reads "all").</summary>
    public const string All = "all";

    private const int MaxFilterLength = 200;

    public string Verb => NominationVerbs.Export;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var filter = (submit[NominationVerbs.FilterKey] ?? "").Trim() is { Length: > 0 } narrowed ? narrowed : All;
        if (!Enum.TryParse<ExportFormat>(submit[NominationVerbs.FormatKey], ignoreCase: true, out var format) || format is not (ExportFormat.Csv or ExportFormat.Xlsx)
            || filter.Length > MaxFilterLength)
        {
            turn.Say("That export button is missing its format; type **nominations** again.");
            return;
        }
        await exports.RequestAsync(new ExportRequest(Kind, filter, format, turn.Sender.Id), cancellationToken);
        turn.Say($"Preparing the {(format == ExportFormat.Csv ? "CSV" : "Excel")} file of the nominations: I'll send you a download link here in a moment.");
    }
}
