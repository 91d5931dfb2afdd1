namespace CollabBot.Dialogs.Members;

/// <summary>The "Collab" configuration section.</summary>
public sealed class CollabOptions
{
    public const string Section = "Collab";

    /// <summary>Microsoft Entra object ids of WIPO staff.</summary>
    public List<string> Staff { get; set; } = [];

    /// <summary>Tenants whose people may use the bot; empty allows every tenant (local testing).</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>The user groups a member can choose from.</summary>
    public List<string> UserGroups { get; set; } =
        ["CEPIUG", "PDG", "PIUG", "AFPIC", "AIDB", "Other"];

    /// <summary>Public address of this host, for links to downloads.</summary>
    public string? PublicBaseUrl { get; set; }

    public bool IsStaff(string objectId) => Staff.Contains(objectId, StringComparer.OrdinalIgnoreCase);
}
