namespace CollabBot.Dialogs.Members;

/// <summary>The "Collab" configuration section.</summary>
public sealed class CollabOptions
{
    public const string Section = "Collab";

    /// <summary>Microsoft Entra object ids of WIPO staff.</summary>
    public List<string> Staff { get; set; } = [];

    /// <summary>Tenants whose people may use the bot. Outside Development it must be set, or <see cref="AllowAllTenants"/>.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>Lets people of every tenant in: an explicit choice, logged at start.</summary>
    public bool AllowAllTenants { get; set; }

    /// <summary>The user groups a member can choose from.</summary>
    public List<string> UserGroups { get; set; } =
        ["CEPIUG", "PDG", "PIUG", "AFPIC", "AIDB", "Other"];

    public bool IsStaff(string objectId) => Staff.Contains(objectId, StringComparer.OrdinalIgnoreCase);
}
