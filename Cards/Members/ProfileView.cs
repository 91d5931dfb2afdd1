namespace CollabBot.Cards.Members;

/// <param name="Status">Where the member's user group stands, as said to them.</param>
/// <param name="PreferencesCommand">The command that opens their preferences (messages and language), offered as a button.</param>
/// <param name="Represents">Whether they say they represent their user group (confirmed by staff or not yet): the toggle's value.</param>
public sealed record ProfileView(
    string Name,
    bool IsStaff,
    string Status,
    string? UserGroup,
    string? RequestedUserGroup,
    IReadOnlyList<string> UserGroups,
    string PreferencesCommand,
    bool Represents = false);

/// <summary>The profile card's fixed texts, in the member's language.</summary>
public sealed record ProfileLabels
{
    public required string Heading { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
    public required string Staff { get; init; }
    public required string Member { get; init; }
    public required string UserGroup { get; init; }
    public required string ChooseUserGroup { get; init; }
    public required string Represents { get; init; }
    public required string Save { get; init; }
    public required string Preferences { get; init; }
}
