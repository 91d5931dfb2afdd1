using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;

namespace CollabBot.Dialogs.Surveys;

/// <summary>"Export CSV" / "Export Excel" on the results card.</summary>
public sealed class ExportSurveyAction(ISurveyStore store, IExportRequests exports) : ICardAction
{
    /// <summary>The kind of export: a survey's responses.</summary>
    public const string Kind = "survey";

    public string Verb => SurveyVerbs.Export;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(submit[SurveyVerbs.SurveyKey] ?? "", cancellationToken) is not { } survey)
        {
            turn.Say("I can't find that survey. Type **surveys** to see them all.");
            return;
        }
        if (!Enum.TryParse<ExportFormat>(submit[SurveyVerbs.FormatKey], ignoreCase: true, out var format) || format is not (ExportFormat.Csv or ExportFormat.Xlsx))
        {
            turn.Say("That export button is missing its format; open the results again.");
            return;
        }
        await exports.RequestAsync(new ExportRequest(Kind, survey.Id, format, turn.Sender.Id), cancellationToken);
        turn.Say($"Preparing the {(format == ExportFormat.Csv ? "CSV" : "Excel")} file of \"{survey.Title}\": I'll send you a download link here in a moment.");
    }
}
