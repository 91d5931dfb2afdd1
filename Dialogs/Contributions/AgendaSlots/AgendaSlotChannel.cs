using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Contributions.AgendaSlots;

/// <summary>
/// A user group asks for a slot on the agenda of a coming Round Table meeting (topic, speaker, minutes needed). Accepted
/// slots appear on the meeting's agenda and in its briefing pack (<see cref="IAgendaSlots"/>).
/// </summary>
public sealed class AgendaSlotChannel(IQuestionStore meetings, IContributionStore store, TimeProvider clock, IStringLocalizer<ContributionTexts> texts)
    : ContributionChannel(texts), IAgendaSlots
{
    public const string KindName = "agenda";
    public const string MeetingField = "meeting";

    public override string Kind => KindName;

    public override string Prefix => "A";

    public override string EnglishName => "Agenda slot";

    public override string TitleField => "topic";

    public override IReadOnlyList<ContributionOutcome> Outcomes { get; } = [ContributionOutcome.Accept, ContributionOutcome.Decline];

    public override IReadOnlyList<string> Words { get; } = ["agenda", "agenda slot", "slot", "ordre du jour", "orden del dia", "tagesordnung"];

    public override async Task<string?> RefusalAsync(Member member, CancellationToken cancellationToken) =>
        (await ComingAsync(cancellationToken)).Count == 0 ? Texts["AgendaNoMeeting"].Value : null;

    public override async Task<IReadOnlyList<ChannelField>> FieldsAsync(CancellationToken cancellationToken)
    {
        var coming = await ComingAsync(cancellationToken);
        return
        [
            new(MeetingField, "Meeting", FieldType.SingleChoice)
            {
                English = [.. coming.Select(m => m.Id)],
                // The day where the meeting is held, as its other views show it (in UTC, a meeting at midnight in Zurich is the day before).
                Shown = [.. coming.Select(m => $"{m.Name} ({m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})")],
            },
            new("topic", "Topic", FieldType.ShortText) { MaxLength = 200 },
            new("speaker", "Speaker", FieldType.ShortText) { MaxLength = 200 },
            new("minutes", "Minutes needed", FieldType.Number) { Min = 5, Max = 120 },
            new("notes", "Notes", FieldType.LongText, Required: false) { MaxLength = 1000 },
        ];
    }

    public async Task<IReadOnlyList<AgendaSlot>> AcceptedAsync(string meetingId, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(Kind, cancellationToken)).Where(c => c.Status == ContributionStatus.Accepted && c[MeetingField] == meetingId)
            .Select(c => new AgendaSlot(c.Code, c["topic"] ?? "", c["speaker"] ?? "", c.SenderGroup ?? c.SenderName,
                int.TryParse(c["minutes"], NumberStyles.Number, CultureInfo.InvariantCulture, out var minutes) ? minutes : 0))];

    private async Task<IReadOnlyList<Meeting>> ComingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return [.. (await meetings.ListMeetingsAsync(cancellationToken)).Where(m => m.Date > now).OrderBy(m => m.Date)];
    }
}
