using System.Globalization;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Questions;

/// <summary>The question cards' views: the staff ticket, and a question as its asker sees it.</summary>
public sealed class QuestionViews(IQuestionStore store, IMemberStore members, IOptions<CollabOptions> collab)
{
    public async Task<TicketView> TicketAsync(Question q, CancellationToken cancellationToken)
    {
        var meeting = (await store.FindMeetingAsync(q.MeetingId, cancellationToken))?.Name ?? q.MeetingId;
        // Only staff who have spoken to the bot can be assigned: the others could not be reminded.
        var staff = (await StaffAsync(cancellationToken)).Select(m => new StaffChoice(QuestionPings.PersonKey(m.Id), m.Name.Length > 0 ? m.Name : m.Id.ObjectId))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var status = q.MergedInto is { } into ? $"merged into {into}" : q.Status switch
        {
            QuestionStatus.FollowUpOwed when q.FollowUpDue is { } due => $"follow-up owed by {Day(due)}",
            _ => q.Status.ToString(),
        };
        return new TicketView(q.MeetingId, q.Number, q.Id, meeting, q.Topic, q.Text, q.ShownAsker, status, q.AssigneeName, q.Answer, q.Published, q.Voices,
            [.. q.History.Select(h => $"{h.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC {h.By} {h.What}")], staff, q.IsOpen);
    }

    public async Task<IReadOnlyList<MemberRecord>> StaffAsync(CancellationToken cancellationToken) =>
        collab.Value.Staff.Count == 0 ? [] : [.. (await members.FindByObjectIdsAsync(collab.Value.Staff, cancellationToken)).Where(m => collab.Value.IsStaff(m.Id.ObjectId))];

    /// <summary>Where a question stands, as its asker reads it (in the turn's language).</summary>
    public static string Status(IStringLocalizer<QuestionTexts> texts, Question q) => q.MergedInto is { } into
        ? texts["StatusMerged", into]
        : q.Status switch
        {
            QuestionStatus.FollowUpOwed => texts["StatusFollowUpOwed", q.FollowUpDue is { } due ? due.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) : "?"],
            var s => texts["Status" + s],
        };

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
