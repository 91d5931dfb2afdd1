using CollabBot.Cards.Model;

namespace CollabBot.Cards.Help;

public sealed record HelpView(bool NotUnderstood, IReadOnlyList<HelpEntry> MemberCommands, IReadOnlyList<HelpEntry> StaffCommands)
{
    /// <summary>For a message nothing understood: a command that can take it as it is ("Ask WIPO staff this").</summary>
    public OfferedCommand? Offer { get; init; }
}


/// <param name="Command">The command's name, sent back when its button is pressed.</param>
/// <param name="TypeHint">What to type to run it, as the card says it ("Type: my profile").</param>
public sealed record HelpEntry(string Command, string Title, string Description, string TypeHint);

/// <summary>The help card's fixed texts, in the member's language.</summary>
public sealed record HelpLabels
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required string NotUnderstood { get; init; }
    public required string ForStaff { get; init; }
}
