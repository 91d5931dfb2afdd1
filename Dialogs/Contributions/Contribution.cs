using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Contributions;

public enum ContributionStatus
{
    Received,
    Taken,
    Answered,
    /// <summary>Feedback linked to an item of its product's plans: its sender is told again when that item is released.</summary>
    Linked,
    Accepted,
    ChangesRequested,
    Declined,
}

/// <summary>What staff may decide on a contribution; each channel offers some of them.</summary>
public enum ContributionOutcome
{
    Answer,
    LinkToPlan,
    Accept,
    AskForChanges,
    Decline,
}

/// <summary>A plan item a piece of feedback was linked to.</summary>
public sealed record LinkedPlan(string ProductId, string PlanId, string Title);

/// <summary>Who did what to a contribution, and when.</summary>
public sealed record ContributionStep(DateTimeOffset At, string By, string What);

/// <summary>
/// Something a member sent WIPO through one of the channels (feedback, a report or paper proposal, a task force request,
/// an agenda slot). <see cref="Answers"/> are kept in English (choices by their English names), as staff read them.
/// </summary>
/// <param name="Kind">The channel's kind ("feedback").</param>
/// <param name="Code">Its id as both sides see it ("F3").</param>
public sealed record Contribution(string Kind, int Number, string Code, MemberId Sender, string SenderName, string? SenderGroup,
    IReadOnlyDictionary<string, string> Answers, DateTimeOffset Created)
{
    public ContributionStatus Status { get; init; } = ContributionStatus.Received;

    /// <summary>The staff member who took it ("tenant/objectId") and their name.</summary>
    public string? TakenBy { get; init; }

    public string? TakenByName { get; init; }

    /// <summary>What staff said with their decision (an answer, the changes asked for, why it was declined).</summary>
    public string? Reply { get; init; }

    public string? DecidedByName { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public LinkedPlan? Plan { get; init; }

    /// <summary>The sender was told that the plan item it was linked to was released.</summary>
    public bool ReleaseTold { get; init; }

    public IReadOnlyList<ContributionStep> History { get; init; } = [];

    /// <summary>Counts its changes: names what is sent about each one.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Staff may still decide on it (after asking for changes too: the member answers them by other means).</summary>
    public bool IsOpen => Status is ContributionStatus.Received or ContributionStatus.Taken or ContributionStatus.ChangesRequested;

    public bool IsDecided => Status is not (ContributionStatus.Received or ContributionStatus.Taken);

    public string? this[string field] => Answers.TryGetValue(field, out var value) && value.Length > 0 ? value : null;

    public Contribution With(DateTimeOffset at, string by, string what) =>
        this with { History = [.. History, new ContributionStep(at, by, what)], Version = Version + 1 };
}
