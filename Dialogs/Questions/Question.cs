namespace CollabBot.Dialogs.Questions;

public enum QuestionStatus
{
    Received,
    Taken,
    Answered,
    OnAgenda,
    AnsweredInMeeting,
    FollowUpOwed,
    Closed,
}

public enum QuestionVisibility
{
    /// <summary>Staff and, when published, members see the asker's name and user group.</summary>
    Named,
    /// <summary>Only the asker's user group is shown.</summary>
    GroupOnly,
    /// <summary>Nothing about the asker is shown; who asked is kept sealed, only so they can be told.</summary>
    Anonymous,
}

/// <summary>What came of a question at its meeting, as the minutes record it.</summary>
public enum QuestionOutcome
{
    AnsweredInMeeting,
    AnsweredInMinutes,
    FollowUp,
}

/// <summary>Who did what to a question, and when: shown on its ticket card.</summary>
public sealed record QuestionStep(DateTimeOffset At, string By, string What);

/// <summary>
/// A question for a Round Table meeting. <see cref="Asker"/> says whom to tell of changes: a member's id for a named
/// or group-only question, a sealed token for an anonymous one (staff can't read it).
/// </summary>
public sealed record Question(string MeetingId, int Number, string Text, string Topic, QuestionVisibility Visibility, string Asker, DateTimeOffset Asked)
{
    public const int MaxLength = 2000;

    public string Id => $"Q{Number}";

    public string? AskerName { get; init; }

    public string? AskerGroup { get; init; }

    /// <summary>Asking members may let their question be offered to others as one to add their voice to.</summary>
    public bool Shareable { get; init; }

    public QuestionStatus Status { get; init; } = QuestionStatus.Received;

    public string? AssigneeId { get; init; }

    public string? AssigneeName { get; init; }

    /// <summary>When the answer is owed (set when the question is taken).</summary>
    public DateTimeOffset? DueAt { get; init; }

    public string? Answer { get; init; }

    public string? AnsweredBy { get; init; }

    /// <summary>The answer goes to every member in the Round Table Q&amp;A, not only to the asker.</summary>
    public bool Published { get; init; }

    /// <summary>Members who added their voice ("me too"), the asker not counted.</summary>
    public int Voices { get; init; }

    /// <summary>The question this one was merged into (its askers and voices carried over).</summary>
    public string? MergedInto { get; init; }

    /// <summary>Members (sealed, as <see cref="Asker"/>) told of this question's changes besides the asker: those merged in.</summary>
    public IReadOnlyList<string> AlsoTell { get; init; } = [];

    public IReadOnlyList<QuestionStep> History { get; init; } = [];

    /// <summary>Counts the question's changes: names what is sent about each one (so it is sent once, and a later change again).</summary>
    public int Version { get; init; }

    /// <summary>After the meeting: who owes a follow-up, by when.</summary>
    public string? FollowUpOwner { get; init; }

    public string? FollowUpOwnerName { get; init; }

    public DateTimeOffset? FollowUpDue { get; init; }

    /// <summary>What the minutes record (set by staff after the meeting).</summary>
    public QuestionOutcome? Outcome { get; init; }

    /// <summary>What the minutes say besides the answer (what is to be followed up, and how).</summary>
    public string? MinutesNote { get; init; }

    /// <summary>The follow-up of an earlier meeting this question carries over ("Round Table 2026 Q3").</summary>
    public string? CarriedFrom { get; init; }

    /// <summary>Who asked, as the asker chose to be shown (staff documents and cards; members never see it).</summary>
    public string ShownAsker => Visibility switch
    {
        QuestionVisibility.Named => AskerGroup is { } group ? $"{AskerName} ({group})" : AskerName ?? "a member",
        QuestionVisibility.GroupOnly => AskerGroup is { } g ? $"a member of {g}" : "a member",
        _ => "anonymous",
    };

    public bool IsOpen => Status != QuestionStatus.Closed && MergedInto is null;

    public Question With(DateTimeOffset at, string by, string what) =>
        this with { History = [.. History.TakeLast(49), new QuestionStep(at, by, what)], Version = Version + 1 };
}
