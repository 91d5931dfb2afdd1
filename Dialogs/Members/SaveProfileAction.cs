using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Members;

/// <summary>A member chooses a user group: it applies once staff confirm it.</summary>
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
        var now = clock.GetUtcNow();
        var saved = await members.UpdateAsync(turn.Sender.Id, record => record switch
        {
            _ when record.UserGroup == group => record.RequestedUserGroup is null ? null : record with { RequestedUserGroup = null },
            _ when record.RequestedUserGroup == group => null,
            _ => record with { RequestedUserGroup = group, LastSeen = now },
        }, cancellationToken);
        if (saved is null)
        {
            turn.Say(texts["UnknownMember"]);
            return;
        }
        turn.Say(saved.UserGroup == group ? texts["AlreadyConfirmed", group] : texts["GroupRequestSent", group]);
    }
}
