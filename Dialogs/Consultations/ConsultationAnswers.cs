using System.Globalization;
using CollabBot.Cards.Consultations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Consultations;

/// <summary>
/// A representative sends their group's answer. Checked here, whatever card it came from: the consultation exists, the sender
/// is now the confirmed representative of a group asked, the deadline has not passed, the answer is there; then the group's
/// first answer is kept, and a later one (another representative of the group) is shown the first.
/// </summary>
public sealed class AnswerConsultationAction(IConsultationStore store, IMemberStore members, ConsultationViews views, ConsultationSending sending,
    TimeProvider clock, IStringLocalizer<ConsultationTexts> texts) : ICardAction
{
    public string Verb => ConsultationVerbs.Answer;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!int.TryParse(submit[ConsultationVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await store.FindAsync(number, cancellationToken) is not { } consultation)
        {
            turn.Say(texts["NotFound"]);
            return;
        }
        if (await members.FindAsync(turn.Sender.Id, cancellationToken) is not { UserGroup: { } group } member || !member.Represents(consultation.Groups))
        {
            turn.Say(texts["NotRepresentative"]);
            return;
        }
        var now = clock.GetUtcNow();
        if (!consultation.TakesAnswersAt(now))
        {
            turn.Replace(await views.MemberCardAsync(consultation, group, member.Id, now, cancellationToken));
            turn.Say(texts["ClosedRefusal", ConsultationViews.MemberDate(consultation.ClosedAt is { } closed && closed < consultation.Deadline ? closed : consultation.Deadline)]);
            return;
        }
        var text = (submit[ConsultationVerbs.AnswerInput] ?? "").Trim();
        if (text.Length == 0 || text.Length > ComposeConsultationCard.MaxText)
        {
            turn.Say(texts[text.Length == 0 ? "AnswerRequired" : "AnswerTooLong"]);
            return;
        }
        var (answer, added) = await store.AnswerAsync(new GroupAnswer(number, group, member.Id, member.Name, text, now), cancellationToken);
        if (added)
        {
            await sending.AnsweredAsync(consultation, group, cancellationToken);
        }
        turn.Replace(await views.MemberCardAsync(consultation, group, member.Id, now, cancellationToken));
        turn.Say(added ? texts["AnswerSent", group]
            : answer.Member == member.Id ? texts["AnsweredBefore", group]
            : texts["AlreadyAnsweredRefusal", answer.Name, group, ConsultationViews.MemberDate(answer.At)]);
    }
}
