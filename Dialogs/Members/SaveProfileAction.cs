using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Members;

/// <summary>
/// A member chooses a user group (it applies once staff confirm it) and the language the bot speaks to them
/// (at once: the reply is already in it).
/// </summary>
public sealed class SaveProfileAction(IMemberStore members, IOptions<CollabOptions> options, TimeProvider clock,
    IStringLocalizer<MemberTexts> texts) : ICardAction
{
    public string Verb => ProfileCard.SaveVerb;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var group = submit[ProfileCard.GroupInput] is { Length: > 0 } g ? g : null;
        if (group is not null && !options.Value.UserGroups.Contains(group))
        {
            turn.Say(texts["ChooseFromList"]);
            return;
        }
        var language = submit[ProfileCard.LanguageInput];
        if (group is null && language is null)
        {
            turn.Say(texts["ChooseFromList"]);
            return;
        }
        var now = clock.GetUtcNow();
        MemberRecord? before = null;
        var saved = await members.UpdateAsync(turn.Sender.Id, record =>
        {
            before = record;
            var changed = WithLanguage(WithGroup(record, group, now), language);
            return changed == record ? null : changed;
        }, cancellationToken);
        if (saved is null || before is null)
        {
            turn.Say(texts["UnknownMember"]);
            return;
        }
        using (MemberCulture.Use(saved.SpeaksIn))
        {
            turn.Say(Outcome(before, saved, group));
        }
    }

    private static MemberRecord WithGroup(MemberRecord record, string? group, DateTimeOffset now) => group switch
    {
        null => record,
        _ when record.UserGroup == group => record with { RequestedUserGroup = null },
        _ when record.RequestedUserGroup == group => record,
        _ => record with { RequestedUserGroup = group, LastSeen = now },
    };

    private static MemberRecord WithLanguage(MemberRecord record, string? language) => language switch
    {
        ProfileCard.AutomaticLanguage => record with { Language = null },
        _ when language is not null && MemberCulture.Languages.Contains(language) => record with { Language = language },
        _ => record,
    };

    private string Outcome(MemberRecord before, MemberRecord saved, string? group)
    {
        var said = new List<string>();
        var languageChanged = saved.Language != before.Language;
        if (languageChanged || group is null)
        {
            said.Add(saved.Language is null ? texts["LanguageFollowsTeams"] : texts["LanguageChosen"]);
        }
        var groupChanged = saved.UserGroup != before.UserGroup || saved.RequestedUserGroup != before.RequestedUserGroup;
        if (group is not null && (groupChanged || !languageChanged))
        {
            said.Add(saved.UserGroup == group ? texts["AlreadyConfirmed", group] : texts["GroupRequestSent", group]);
        }
        return string.Join(" ", said);
    }
}
