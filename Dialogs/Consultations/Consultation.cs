using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Consultations;

public enum ConsultationStatus { Open, Closed }

/// <summary>
/// Staff ask the representatives of some user groups for their group's opinion on a planned initiative (a title and a short
/// text) by a deadline; numbered C1, C2... Each group answers once (<see cref="GroupAnswer"/>).
/// </summary>
public sealed record Consultation(int Number, string Title, string Text, DateTimeOffset Deadline, IReadOnlyList<string> Groups, DateTimeOffset Created,
    string Author)
{
    public ConsultationStatus Status { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Who closed it before its deadline; null when it closed at its deadline (or is open).</summary>
    public string? ClosedBy { get; init; }

    public string Id => "C" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether answers are taken now: open, and the deadline not reached (whether or not the closing has run yet).</summary>
    public bool TakesAnswersAt(DateTimeOffset now) => Status == ConsultationStatus.Open && now < Deadline;
}

/// <summary>A user group's answer to a consultation, given by one of its confirmed representatives: the first one is the group's.</summary>
public sealed record GroupAnswer(int Consultation, string Group, MemberId Member, string Name, string Text, DateTimeOffset At);
