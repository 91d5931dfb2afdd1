using System.Globalization;

namespace CollabBot.Cards.Surveys;

/// <summary>Deadlines as every survey card shows them: the same in every language.</summary>
public static class SurveyDates
{
    public static string Deadline(DateTimeOffset deadline) =>
        deadline.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
