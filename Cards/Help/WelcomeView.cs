namespace CollabBot.Cards.Help;

/// <summary>The welcome: what the member may do, and for staff what only staff may do (drawn from the command table).</summary>
/// <param name="Greeting">"Hello Ada!", in the member's language.</param>
public sealed record WelcomeView(string Greeting, IReadOnlyList<HelpEntry> MemberCommands, IReadOnlyList<HelpEntry> StaffCommands);

/// <summary>The welcome card's fixed texts, in the member's language.</summary>
public sealed record WelcomeLabels
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required string ForMembers { get; init; }
    public required string ForStaff { get; init; }
    public required string Footer { get; init; }
}
