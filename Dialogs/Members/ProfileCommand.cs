using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Preferences;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Members;

/// <summary>"profile": the member's user group (their language is on their preferences, which the card offers).</summary>
public sealed class ProfileCommand(IOptions<CollabOptions> options, IStringLocalizer<MemberTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("profile", Role.Member,
        ["profile", "my profile", "user group", "my user group", "set my user group", "profil", "mon profil", "perfil", "mi perfil",
            "mein profil"])
    {
        Help = new(texts, "Profile"),
    };

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var sender = turn.Sender;
        var status = (sender.UserGroup, sender.RequestedUserGroup) switch
        {
            (_, { } requested) => texts["GroupRequested", requested],
            ({ } group, null) => texts["GroupConfirmed", group],
            _ => texts["GroupNone"],
        };
        turn.Show(ProfileCard.Build(new ProfileView(sender.Name, sender.IsStaff, status, sender.UserGroup, sender.RequestedUserGroup,
            options.Value.UserGroups, PreferencesCommand.Name), MemberTexts.ProfileLabels(texts)));
        return Task.CompletedTask;
    }
}
