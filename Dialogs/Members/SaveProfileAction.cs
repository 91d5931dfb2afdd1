using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Members;

/// <summary>A member chooses a user group; it applies once staff confirm it.</summary>
public sealed class SaveProfileAction(IMemberStore members, IOptions<CollabOptions> options, TimeProvider clock) : ICardAction
{
    public string Verb => ProfileCard.SaveVerb;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var group = submit[ProfileCard.GroupInput];
        if (group is null || !options.Value.UserGroups.Contains(group))
        {
            turn.Say("Please choose one of the user groups in the list.");
            return;
        }
        var now = clock.GetUtcNow();
        var saved = await members.UpdateAsync(turn.Sender.Id, record => record.UserGroup == group
            ? (record.RequestedUserGroup is null ? null : record with { RequestedUserGroup = null })
            : (record.RequestedUserGroup == group ? null : record with { RequestedUserGroup = group, LastSeen = now }),
            cancellationToken);
        if (saved is null)
        {
            turn.Say("I don't know you yet: say **hello** first, then try again.");
        }
        else if (saved.UserGroup == group)
        {
            turn.Say($"You are already confirmed as a member of **{group}**.");
        }
        else
        {
            turn.Say($"Thanks. WIPO staff will confirm that you belong to **{group}**; I'll tell you when they do.");
        }
    }
}
