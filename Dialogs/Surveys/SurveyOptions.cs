namespace CollabBot.Dialogs.Surveys;

/// <summary>The "Surveys" configuration section.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>
    /// Server-side secret for anonymous response keys (HMAC of survey and member). Changing it loses anonymous
    /// members' place in open surveys. Set it from a secret store in production.
    /// </summary>
    public string ResponseKey { get; set; } = "";

    /// <summary>Set when Development made <see cref="ResponseKey"/> up for this run (anonymous answers lose their place at restart).</summary>
    public bool ResponseKeyIsForThisRunOnly { get; set; }

    /// <summary>Reminders go to members who have not finished, this many hours before the deadline (one per window).</summary>
    public List<double> ReminderHoursBeforeDeadline { get; set; } = [72, 24];

    /// <summary>
    /// Anonymous answers are counted once at least this many respondents' answers wait (and all of them when the
    /// survey closes), so no one can be told apart by when they answered.
    /// </summary>
    public int AnonymousBatch { get; set; } = 5;

    /// <summary>How often an open anonymous survey's waiting answers are looked at (and counted, once enough wait).</summary>
    public TimeSpan CountAnonymousEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The fewest respondents a user group of an anonymous survey must have for its answers to be shown apart (results
    /// card, exports), and the fewest respondents any survey must have before members see its shared results.
    /// </summary>
    public int GroupMinimum { get; set; } = 5;
}
