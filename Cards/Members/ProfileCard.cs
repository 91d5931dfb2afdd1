using CollabBot.Cards.Model;

namespace CollabBot.Cards.Members;

/// <summary>
/// "profile": the member's user group, and whether they represent it, which staff confirm; the language and messages are on
/// their preferences.
/// </summary>
public static class ProfileCard
{
    public const string SaveVerb = "member.saveProfile";
    public const string GroupInput = "userGroup";
    public const string RepresentsInput = "representsGroup";

    public static AdaptiveCard Build(ProfileView view, ProfileLabels labels)
    {
        var facts = new List<Fact> { new(labels.Name, view.Name), new(labels.Role, view.IsStaff ? labels.Staff : labels.Member) };
        return new AdaptiveCard(
            [
                TextBlock.Heading(labels.Heading),
                new FactSet(facts),
                new TextBlock(view.Status),
                new ChoiceSetInput([.. view.UserGroups.Select(g => new Choice(g, g))])
                {
                    Id = GroupInput,
                    Label = labels.UserGroup,
                    Value = view.RequestedUserGroup ?? view.UserGroup,
                    Style = ChoiceStyle.Compact,
                    IsRequired = true,
                    ErrorMessage = labels.ChooseUserGroup,
                },
                // Staff are no user group's representative: members only.
                .. view.IsStaff ? Array.Empty<CardElement>() : [new ToggleInput(labels.Represents) { Id = RepresentsInput, Value = view.Represents ? "true" : "false" }],
            ],
            [CardVerb.Button(labels.Save, SaveVerb), CardVerb.Command(labels.Preferences, view.PreferencesCommand)])
        { FallbackText = labels.Heading };
    }
}
