using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// Signed, expiring links to files the host builds (exports). A link names the file and the staff member it
/// was made for; it is only ever put on a staff card.
/// </summary>
public interface IDownloadLinks
{
    /// <returns>Null when the host has no public address configured.</returns>
    string? For(string file, MemberId staff);
}

/// <summary>The files the survey feature offers.</summary>
public static class SurveyFiles
{
    public static string Csv(string surveyId) => $"surveys/{surveyId}/results.csv";

    public static string Xlsx(string surveyId) => $"surveys/{surveyId}/results.xlsx";
}
