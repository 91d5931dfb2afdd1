using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Surveys;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>A staff member asked for a survey's responses as a file.</summary>
public sealed record ExportRequest(string SurveyId, ExportFormat Format, MemberId Staff);

/// <summary>
/// Exports are built off the turn (a large survey takes a while) and the link is sent to the staff member who
/// asked, in their chat with the bot, as soon as the file is ready.
/// </summary>
public interface IExportRequests
{
    Task RequestAsync(ExportRequest request, CancellationToken cancellationToken);
}

/// <summary>"Export CSV" / "Export Excel" on the results card.</summary>
public sealed class ExportSurveyAction(ISurveyStore store, IExportRequests exports) : ICardAction
{
    public string Verb => SurveyVerbs.Export;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(submit[SurveyVerbs.SurveyKey] ?? "", cancellationToken) is not { } survey)
        {
            turn.Say("I can't find that survey. Type **surveys** to see them all.");
            return;
        }
        if (!Enum.TryParse<ExportFormat>(submit[SurveyVerbs.FormatKey], ignoreCase: true, out var format) || !Enum.IsDefined(format))
        {
            turn.Say("That export button is missing its format; open the results again.");
            return;
        }
        await exports.RequestAsync(new ExportRequest(survey.Id, format, turn.Sender.Id), cancellationToken);
        turn.Say($"Preparing the {(format == ExportFormat.Csv ? "CSV" : "Excel")} file of \"{survey.Title}\": I'll send you a download link here in a moment.");
    }
}
