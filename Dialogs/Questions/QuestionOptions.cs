namespace CollabBot.Dialogs.Questions;

/// <summary>The "Questions" configuration section: who is pinged, when, and when not.</summary>
public sealed class QuestionOptions
{
    public const string Section = "Questions";

    /// <summary>Object ids of the staff on duty: mentioned when a question waits for someone to take it.</summary>
    public List<string> OnDuty { get; set; } = [];

    /// <summary>Object id of the lead a question is escalated to after <see cref="EscalateAfter"/> reminders.</summary>
    public string? Lead { get; set; }

    /// <summary>Working time a question may wait untaken before the staff channel is pinged (and between pings).</summary>
    public TimeSpan TakeWithin { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Working time a taken question may wait for its answer before its assignee is reminded (and between reminders).</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromHours(16);

    public int EscalateAfter { get; set; } = 2;

    /// <summary>The time zone of the working day (an IANA or Windows id).</summary>
    public string TimeZone { get; set; } = "Europe/Zurich";

    public TimeSpan WorkStarts { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan WorkEnds { get; set; } = TimeSpan.FromHours(18);

    /// <summary>How alike two questions' words must be (0 to 1) for one to be offered as a duplicate of the other.</summary>
    public double SameQuestionAbove { get; set; } = 0.45;
}
