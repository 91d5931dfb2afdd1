using CollabBot.Cards.Members;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Members;

/// <summary>Marks Members/MemberTexts.resx: the profile and what members are told about their user group.</summary>
public sealed class MemberTexts
{
    public static ProfileLabels ProfileLabels(IStringLocalizer<MemberTexts> texts) => new()
    {
        Heading = texts["ProfileHeading"],
        Name = texts["ProfileName"],
        Role = texts["ProfileRole"],
        Staff = texts["RoleStaff"],
        Member = texts["RoleMember"],
        UserGroup = texts["UserGroup"],
        ChooseUserGroup = texts["ChooseUserGroup"],
        Represents = texts["RepresentsToggle"],
        Save = texts["Save"],
        Preferences = texts["PreferencesButton"],
    };
}
