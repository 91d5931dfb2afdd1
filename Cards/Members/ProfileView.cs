namespace CollabBot.Cards.Members;

public sealed record ProfileView(string Name, bool IsStaff, string? UserGroup, string? RequestedUserGroup, IReadOnlyList<string> UserGroups);
