using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Members;

public sealed class ProfileCommand(IMemberStore members, IOptions<CollabOptions> options, IStringLocalizer<MemberTexts> texts) : ICommand
{
    /// <summary>Each language by its own name, as its speakers look for it.</summary>
    private static readonly (string Code, string Name)[] Languages = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("de", "Deutsch")];

    public CommandInfo Info { get; } = new("profile", Role.Member,
        ["profile", "my profile", "user group", "my user group", "set my user group", "profil", "mon profil", "perfil", "mi perfil",
            "mein profil"])
    {
        Help = new(texts, "Profile"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var sender = turn.Sender;
        var chosen = (await members.FindAsync(sender.Id, cancellationToken))?.Language;
        var status = (sender.UserGroup, sender.RequestedUserGroup) switch
        {
            (_, { } requested) => texts["GroupRequested", requested],
            ({ } group, null) => texts["GroupConfirmed", group],
            _ => texts["GroupNone"],
        };
        turn.Show(ProfileCard.Build(new ProfileView(sender.Name, sender.IsStaff, status, sender.UserGroup, sender.RequestedUserGroup,
            options.Value.UserGroups, chosen ?? ProfileCard.AutomaticLanguage, [(ProfileCard.AutomaticLanguage, texts["TeamsLanguage"]), .. Languages]),
            MemberTexts.ProfileLabels(texts)));
    }
}
