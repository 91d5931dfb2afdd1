using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Members;

/// <summary>
/// A member chooses a user group, and says whether they represent it: both apply once staff confirm them. Saying they no
/// longer represent it applies at once.
/// </summary>
public sealed class SaveProfileAction(IMemberStore members, IOptions<CollabOptions> options, TimeProvider clock,
    IStringLocalizer<MemberTexts> texts) : ICardAction
{
    public string Verb => ProfileCard.SaveVerb;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit[ProfileCard.GroupInput] is not { Length: > 0 } group || !options.Value.UserGroups.Contains(group))
        {
            turn.Say(texts["ChooseFromList"]);
            return;
        }
        // A card without the toggle (an older one) leaves the representation as it is.
        bool? represents = submit[ProfileCard.RepresentsInput] switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
        var now = clock.GetUtcNow();
        var before = (MemberRecord?)null;
        var saved = await members.UpdateAsync(turn.Sender.Id, record =>
        {
            before = record;
            var changed = record switch
            {
                _ when record.UserGroup == group => record with { RequestedUserGroup = null },
                _ when record.RequestedUserGroup == group => record,
                _ => record with { RequestedUserGroup = group, LastSeen = now },
            };
            changed = represents switch
            {
                false => changed with { RepresentsGroup = false, RepresentationRequested = false },
                // Already their confirmed group's representative, and staying in it: nothing to confirm.
                true when changed.RepresentsGroup && changed.RequestedUserGroup is null => changed with { RepresentationRequested = false },
                true => changed with { RepresentationRequested = true, LastSeen = now },
                null => changed,
            };
            return changed == record ? null : changed;
        }, cancellationToken);
        if (saved is null || before is null)
        {
            turn.Say(texts["UnknownMember"]);
            return;
        }
        string said = saved.UserGroup == group ? texts["AlreadyConfirmed", group] : texts["GroupRequestSent", group];
        if (saved.RepresentationRequested)
        {
            said += " " + texts["RepresentationRequestSent", group];
        }
        else if (saved.RepresentsGroup && represents == true)
        {
            said += " " + texts["RepresentativeStatus", group];
        }
        else if (represents == false && (before.RepresentsGroup || before.RepresentationRequested))
        {
            said += " " + texts["RepresentationEnded"];
        }
        turn.Say(said);
    }
}
