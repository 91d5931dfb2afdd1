namespace CollabBot.Dialogs.Conversation;

/// <summary>The sender of a turn, resolved from the member registry and the staff list.</summary>
/// <param name="UserGroup">The confirmed user group; rights that depend on it use only this.</param>
/// <param name="RequestedUserGroup">A group the member chose that staff have not confirmed yet.</param>
public sealed record Member(
    MemberId Id,
    string Name,
    Role Role,
    string Locale,
    string? UserGroup = null,
    string? RequestedUserGroup = null)
{
    public bool IsStaff => Role == Role.Staff;

    public bool May(Role required) => Role >= required;
}
