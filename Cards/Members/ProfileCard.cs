using CollabBot.Cards.Model;

namespace CollabBot.Cards.Members;

public static class ProfileCard
{
    public const string Heading = "Your profile";
    public const string SaveVerb = "member.saveProfile";
    public const string GroupInput = "userGroup";

    public static AdaptiveCard Build(ProfileView view)
    {
        var status = (view.UserGroup, view.RequestedUserGroup) switch
        {
            (_, { } requested) => $"You chose **{requested}**; WIPO staff will confirm it soon.",
            ({ } group, null) => $"Your user group: **{group}** (confirmed by WIPO staff).",
            _ => "Tell us which user group you belong to: some work is open to particular groups only.",
        };
        var facts = new List<Fact> { new("Name", view.Name), new("Role", view.IsStaff ? "WIPO staff" : "User-group member") };
        return new AdaptiveCard(
            [
                TextBlock.Heading(Heading),
                new FactSet(facts),
                new TextBlock(status),
                new ChoiceSetInput([.. view.UserGroups.Select(g => new Choice(g, g))])
                {
                    Id = GroupInput,
                    Label = "User group",
                    Value = view.RequestedUserGroup ?? view.UserGroup,
                    Style = ChoiceStyle.Compact,
                    IsRequired = true,
                    ErrorMessage = "Choose your user group.",
                },
            ],
            [CardVerb.Button("Save", SaveVerb)])
        { FallbackText = Heading };
    }
}
