using System.Globalization;
using CollabBot.Dialogs.Files;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// A meeting's minutes: per question, what came of it (answered in the meeting, answered in the minutes, follow-up
/// owed by a date with an owner), and the questions not taken up. Staff get them as Word and Markdown; members as a card.
/// </summary>
public sealed record Minutes(Meeting Meeting, IReadOnlyList<Question> InMeeting, IReadOnlyList<Question> InMinutes, IReadOnlyList<Question> FollowUps,
    IReadOnlyList<Question> Others, DateTimeOffset Made)
{
    public const string ExportKind = "minutes";

    /// <summary>What members are sent: no asker is named.</summary>
    public IEnumerable<Question> ForMembers => InMeeting.Concat(InMinutes).Concat(FollowUps);

    public static async Task<Minutes?> BuildAsync(IQuestionStore store, string meetingId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await store.FindMeetingAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }
        var questions = (await store.ListAsync(meetingId, cancellationToken)).Where(q => q.MergedInto is null).OrderBy(q => q.Number).ToList();
        List<Question> Of(Func<Question, bool> outcome) => [.. questions.Where(outcome)];
        var inMeeting = Of(q => q.Status == QuestionStatus.AnsweredInMeeting);
        var inMinutes = Of(q => q.Status == QuestionStatus.Answered && q.Published && q.Outcome is not null);
        var followUps = Of(q => q.Status == QuestionStatus.FollowUpOwed);
        return new Minutes(meeting, inMeeting, inMinutes, followUps, [.. questions.Except(inMeeting).Except(inMinutes).Except(followUps)], now);
    }

    public Document ToDocument()
    {
        var document = new Document($"{Meeting.Name}: minutes")
            .Note($"Meeting held on {Day(Meeting.Date)}. Minutes made {Made.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.");
        Section(document, "Answered in the meeting", InMeeting);
        Section(document, "Answered in the minutes", InMinutes);
        Section(document, "Follow-ups owed", FollowUps);
        Section(document, "Other questions", Others);
        return document;
    }

    private static void Section(Document document, string heading, IReadOnlyList<Question> questions)
    {
        document.Heading(2, $"{heading} ({questions.Count.ToString(CultureInfo.InvariantCulture)})");
        if (questions.Count == 0)
        {
            document.Paragraph("None.");
        }
        foreach (var q in questions)
        {
            document.Paragraph(q.Text, $"{q.Id}.").Note($"{q.Topic} · asked by {q.ShownAsker} · {q.Voices + 1} asked it · {BriefingPacks.StatusOf(q)}");
            if (q.Answer is { } answer)
            {
                document.Paragraph(answer, "Answer:");
            }
            if (q.MinutesNote is { } note)
            {
                document.Paragraph(note, "Minutes:");
            }
        }
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
