using CollabBot.Cards.Model;

namespace CollabBot.Cards.Members;

public static class ProfileCard
{
    public const string SaveVerb = "member.saveProfile";
    public const string GroupInput = "userGroup";
    public const string LanguageInput = "language";

    /// <summary>The language choice that follows the member's Teams language.</summary>
    public const string AutomaticLanguage = "auto";

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
                new ChoiceSetInput([.. view.Languages.Select(l => new Choice(l.Name, l.Code))])
                {
                    Id = LanguageInput,
                    Label = labels.Language,
                    Value = view.Language,
                    Style = ChoiceStyle.Compact,
                },
            ],
            [CardVerb.Button(labels.Save, SaveVerb)])
        { FallbackText = labels.Heading };
    }
}
