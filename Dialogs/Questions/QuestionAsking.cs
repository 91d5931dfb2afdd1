using System.Globalization;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// Sending a question: to the meeting the member chose (or the next one when its window has closed meanwhile), after
/// offering the questions that look the same (published ones, or those whose askers let them be shared) to add a voice
/// to instead. Sent, it gets the meeting's next number, its ticket in the staff channel and its ping schedule; a
/// re-delivered sending adds nothing (the draft's id is the asking's).
/// </summary>
public sealed class QuestionAsking(
    IQuestionStore store, AskerKeys askers, QuestionTickets tickets, IOptions<QuestionOptions> options, TimeProvider clock,
    IStringLocalizer<QuestionTexts> texts)
{
    public async Task<string> NoMeetingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var next = (await store.ListMeetingsAsync(cancellationToken)).Where(m => m.Opens > now).MinBy(m => m.Opens);
        return next is null ? texts["NoMeeting"] : texts["NoMeetingUntil", next.Name, next.Opens.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)];
    }

    public async Task SubmitAsync(Turn turn, Draft draft, bool checkDuplicates, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var meetings = await store.ListMeetingsAsync(cancellationToken);
        var chosen = meetings.FirstOrDefault(m => m.Id == draft.MeetingId);
        var meeting = chosen is not null && chosen.Accepts(now) ? chosen
            : meetings.Where(m => m.Accepts(now)).MinBy(m => m.Date)
              ?? meetings.Where(m => m.Date > (chosen?.Date ?? now) && m.Closes > now).MinBy(m => m.Date);
        if (meeting is null)
        {
            turn.Say(await NoMeetingAsync(cancellationToken));
            return;
        }
        if (chosen is not null && chosen.Id != meeting.Id)
        {
            turn.Say(texts["MovedToNext", chosen.Name, meeting.Name]);
        }
        if (checkDuplicates && await LookingTheSameAsync(meeting, draft.Text, turn.Sender.Id, cancellationToken) is { Count: > 0 } same)
        {
            turn.Show(DuplicatesCard.Build(new DuplicatesView(meeting.Id, draft.Id,
                [.. same.Select(q => new SameQuestion(q.Number, q.Id, q.Text, q.Published ? q.Answer : null, q.Voices + 1))]), Labels()));
            return;
        }
        var asker = askers.For(turn.Sender.Id, draft.Visibility);
        var question = new Question(meeting.Id, 0, draft.Text, draft.Topic, draft.Visibility, asker, now)
        {
            AskerName = draft.Visibility == QuestionVisibility.Named ? turn.Sender.Name : null,
            AskerGroup = draft.Visibility == QuestionVisibility.Anonymous ? null : turn.Sender.UserGroup ?? turn.Sender.RequestedUserGroup,
            Shareable = draft.Shareable,
        }.With(now, draft.Visibility == QuestionVisibility.Named ? turn.Sender.Name : "a member", "asked");
        var (sent, _) = await store.AddAsync(question, draft.Id, cancellationToken);
        await store.RecordAskerAsync(askers.Hash(turn.Sender.Id), meeting.Id, sent.Number, cancellationToken);
        await tickets.PostAsync(sent, cancellationToken);
        await store.DeleteDraftAsync(askers.Hash(turn.Sender.Id), draft.Id, cancellationToken);
        turn.Say(texts["Sent", sent.Id, meeting.Name]);
    }

    public DuplicatesLabels Labels() => new(texts["LooksTheSame"], texts["MeToo"], texts["SendMine"], texts["Voices"], texts["Answer"]);

    /// <summary>Others' questions only: a member is not offered their own to add a voice to.</summary>
    private async Task<List<Question>> LookingTheSameAsync(Meeting meeting, string text, MemberId asker, CancellationToken cancellationToken)
    {
        var words = Words(text);
        return [.. (await store.ListAsync(meeting.Id, cancellationToken))
            .Where(q => q.MergedInto is null && (q.Published || q.Shareable) && Alike(words, Words(q.Text)) >= options.Value.SameQuestionAbove)
            .Where(q => askers.Open(q.Asker) != asker)
            .OrderByDescending(q => Alike(words, Words(q.Text)))
            .Take(3)];
    }

    private static HashSet<string> Words(string text) =>
        [.. Phrase.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3)];

    /// <summary>Shared words over all words (Jaccard).</summary>
    private static double Alike(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / (a.Count + b.Count - a.Count(b.Contains));
}
