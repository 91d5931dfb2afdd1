using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Members;

public sealed class ProfileCommand(IOptions<CollabOptions> options) : ICommand
{
    public CommandInfo Info { get; } = new("profile", "My profile", "your user group and details", Role.Member,
        ["profile", "my profile", "user group", "my user group", "set my user group", "profil", "mon profil", "perfil", "mi perfil"]);

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var sender = turn.Sender;
        turn.Show(ProfileCard.Build(new ProfileView(sender.Name, sender.IsStaff, sender.UserGroup,
            sender.RequestedUserGroup, options.Value.UserGroups)));
        return Task.CompletedTask;
    }
}
