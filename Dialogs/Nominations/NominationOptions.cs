namespace CollabBot.Dialogs.Nominations;

/// <summary>The "Nominations" configuration section: how many reviewers each kind needs, and how they decide.</summary>
public sealed class NominationOptions
{
    public const string Section = "Nominations";

    public ReviewRule Expert { get; set; } = new();

    public ReviewRule Trainer { get; set; } = new();

    public ReviewRule Speaker { get; set; } = new() { Reviewers = 1, Needed = 1 };

    /// <summary>How long an accepted expert or trainer stays in the directory unless the decision says otherwise.</summary>
    public int TermYears { get; set; } = 2;

    public ReviewRule RuleFor(NominationKind kind) => kind switch
    {
        NominationKind.Expert => Expert,
        NominationKind.Trainer => Trainer,
        _ => Speaker,
    };
}

/// <summary>
/// A review panel: <see cref="Reviewers"/> staff without a conflict of interest score it, and it is accepted once
/// <see cref="Needed"/> of them recommend it (1: the first decides; equal to Reviewers: all must agree), declined once
/// that can no longer happen.
/// </summary>
public sealed class ReviewRule
{
    public int Reviewers { get; set; } = 2;

    public int Needed { get; set; } = 2;
}
