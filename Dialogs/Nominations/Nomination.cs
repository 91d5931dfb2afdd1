using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Nominations;

public enum NominationKind
{
    /// <summary>An expert for a WIPO special project.</summary>
    Expert,
    /// <summary>A trainer for WIPO Academy, TISC or WIPO database training.</summary>
    Trainer,
    /// <summary>A user group asks for a WIPO expert to speak at its event.</summary>
    Speaker,
}

public enum NominationStatus
{
    /// <summary>Waiting for the nominator's word that the nominee agreed, and for the nominee's own when they are a member.</summary>
    AwaitingConsent,
    UnderReview,
    Accepted,
    Declined,
    OnHold,
    /// <summary>The nominee did not agree, or the nominator withdrew it; its details are removed.</summary>
    Withdrawn,
}

/// <summary>What the nominator said about the nominee (or, for a speaker request, about their event).</summary>
public sealed record NominationDetails(string NomineeName, string Organisation, string? Email, IReadOnlyList<string> Expertise, string Languages,
    string Availability, string Motivation)
{
    /// <summary>For a trainer: WIPO Academy, TISC or WIPO database training.</summary>
    public string? Programme { get; init; }

    public string? Event { get; init; }

    public DateOnly? EventDate { get; init; }

    /// <summary>A city, or "online".</summary>
    public string? Place { get; init; }

    public string? Audience { get; init; }

    /// <summary>For a request for an event: a trainer on WIPO databases or an expert speaker.</summary>
    public string? Need { get; init; }
}

/// <summary>One reviewer's part: a declared conflict of interest (then no score), or a score, a recommendation and a comment.</summary>
public sealed record NominationReview(string Reviewer, string Name, bool Conflict, int? Score, bool? Recommends, string? Comment, DateTimeOffset At);

/// <summary>Who did what to a nomination, and when: its audit trail.</summary>
public sealed record NominationStep(DateTimeOffset At, string By, string What);

/// <summary>
/// A nomination of an expert or trainer, or a speaker request. <see cref="Nominator"/> is told of every decision, and
/// so is <see cref="Nominee"/> when the nominee is a member the bot knows. Details are kept until it is withdrawn.
/// </summary>
public sealed record Nomination(int Number, NominationKind Kind, MemberId Nominator, string NominatorName, string? NominatorGroup, NominationDetails? Details,
    DateTimeOffset Created)
{
    public string Id => $"N{Number}";

    public NominationStatus Status { get; init; } = NominationStatus.AwaitingConsent;

    /// <summary>The nominator said the nominee agreed (a speaker request needs no such word).</summary>
    public bool NominatorConfirmed { get; init; }

    /// <summary>The nominee, when they are a member the bot knows (matched by e-mail or sign-in name).</summary>
    public MemberId? Nominee { get; init; }

    /// <summary>The nominee's own answer, when they are a member: null until they answer.</summary>
    public bool? NomineeAgreed { get; init; }

    /// <summary>When it went to review (its staff card was posted then).</summary>
    public DateTimeOffset? InReviewSince { get; init; }

    /// <summary>Staff asked to review it ("tenant/objectId"); any staff member may review when none are named.</summary>
    public IReadOnlyList<string> Reviewers { get; init; } = [];

    public IReadOnlyList<NominationReview> Reviews { get; init; } = [];

    public string? Decision { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>An accepted expert or trainer is in the directory until this day.</summary>
    public DateOnly? TermUntil { get; init; }

    public IReadOnlyList<NominationStep> History { get; init; } = [];

    /// <summary>Counts the nomination's changes: names what is sent about each one.</summary>
    public int Version { get; init; }

    public bool IsDecided => Status is NominationStatus.Accepted or NominationStatus.Declined;

    public bool IsOpen => Status is not (NominationStatus.Accepted or NominationStatus.Declined or NominationStatus.Withdrawn);

    public Nomination With(DateTimeOffset at, string by, string what) =>
        this with { History = [.. History, new NominationStep(at, by, what)], Version = Version + 1 };
}
