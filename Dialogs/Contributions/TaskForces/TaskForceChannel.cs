using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Contributions.TaskForces;

/// <summary>
/// A request to join a task force or working group of a WIPO committee (CWS, the international classifications). Reserved
/// to members whose confirmed user group has official observer status (or belongs to such a group, when configured);
/// others are told why and whom to contact. Checked when the form starts and again when it is sent.
/// </summary>
public sealed class TaskForceChannel(IOptions<ContributionOptions> options, IStringLocalizer<ContributionTexts> texts) : ContributionChannel(texts)
{
    public override string Kind => "taskforce";

    public override string Prefix => "T";

    public override string EnglishName => "Task force request";

    public override string TitleField => "committee";

    public override IReadOnlyList<ContributionOutcome> Outcomes { get; } = [ContributionOutcome.Accept, ContributionOutcome.Decline];

    public override IReadOnlyList<string> Words { get; } =
        ["task force", "taskforce", "working group", "cws", "groupe de travail", "equipe technique", "grupo de trabajo", "arbeitsgruppe", "task force beitreten"];

    public override Task<string?> RefusalAsync(Member member, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var observers = string.Join(", ", o.Observers);
        if (member.UserGroup is null)
        {
            return Task.FromResult<string?>(Texts["TaskforceNoGroup", observers, o.CommitteesContact].Value);
        }
        var observer = o.GroupsOf(member.UserGroup).Any(g => o.Observers.Contains(g, StringComparer.OrdinalIgnoreCase));
        return Task.FromResult<string?>(observer ? null : Texts["TaskforceNotObserver", member.UserGroup, observers, o.CommitteesContact].Value);
    }

    public override Task<IReadOnlyList<ChannelField>> FieldsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ChannelField>>(
    [
        new("committee", "Committee", FieldType.SingleChoice)
        {
            English = ["Committee on WIPO Standards (CWS)", "International Patent Classification (IPC)", "Nice Classification", "Locarno Classification",
                "Vienna Classification"],
        },
        new("group", "Task force or working group", FieldType.ShortText) { MaxLength = 200 },
        new("bring", "What they would bring", FieldType.LongText) { MaxLength = 2000 },
    ]);
}
