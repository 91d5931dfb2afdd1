using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Preferences;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Members;

/// <summary>
/// "profile": the member's user group and whether they represent it (their language is on their preferences, which the
/// card offers).
/// </summary>
public sealed class ProfileCommand(IMemberStore members, IOptions<CollabOptions> options, IStringLocalizer<MemberTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("profile", Role.Member,
        ["profile", "my profile", "user group", "my user group", "set my user group", "profil", "mon profil", "perfil", "mi perfil",
            "mein profil"])
    {
        Help = new(texts, "Profile"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var sender = turn.Sender;
        var record = await members.FindAsync(sender.Id, cancellationToken);
        string status = (sender.UserGroup, sender.RequestedUserGroup) switch
        {
            (_, { } requested) => texts["GroupRequested", requested],
            ({ } group, null) => texts["GroupConfirmed", group],
            _ => texts["GroupNone"],
        };
        if (record is { RepresentationRequested: true } && (record.RequestedUserGroup ?? record.UserGroup) is { } asked)
        {
            status += " " + texts["RepresentationRequestedStatus", asked];
        }
        else if (record is { RepresentsGroup: true, UserGroup: { } represented })
        {
            status += " " + texts["RepresentativeStatus", represented];
        }
        turn.Show(ProfileCard.Build(new ProfileView(sender.Name, sender.IsStaff, status, sender.UserGroup, sender.RequestedUserGroup,
            options.Value.UserGroups, PreferencesCommand.Name, record is { RepresentsGroup: true } or { RepresentationRequested: true }),
            MemberTexts.ProfileLabels(texts)));
    }
}
