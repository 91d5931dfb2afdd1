namespace CollabBot.Dialogs.Questions;

/// <summary>Meetings, their questions, the voices added to them, and where staff triage them.</summary>
public interface IQuestionStore
{
    Task SaveMeetingAsync(Meeting meeting, CancellationToken cancellationToken);

    Task<Meeting?> FindMeetingAsync(string meetingId, CancellationToken cancellationToken);

    /// <summary>Every meeting, soonest first.</summary>
    Task<IReadOnlyList<Meeting>> ListMeetingsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Adds the question asked with <paramref name="askedOnce"/> (the asking's own id: the draft of the form), giving it the
    /// meeting's next number. Asked again with the same id (a re-delivery), it adds nothing and returns the first.
    /// </summary>
    Task<(Question Question, bool Added)> AddAsync(Question question, string askedOnce, CancellationToken cancellationToken);

    Task<Question?> FindAsync(string meetingId, int number, CancellationToken cancellationToken);

    /// <summary>Applies a change to the stored question with optimistic concurrency (read again and applied again on a conflict).</summary>
    /// <returns>The question as stored after, or null when there is none; the change returns null when there is nothing to write.</returns>
    Task<Question?> UpdateAsync(string meetingId, int number, Func<Question, Question?> change, CancellationToken cancellationToken);

    Task<IReadOnlyList<Question>> ListAsync(string meetingId, CancellationToken cancellationToken);

    /// <summary>Records a voice once per voter (a keyed hash); false when they had already added it.</summary>
    Task<bool> AddVoiceAsync(string meetingId, int number, string voter, CancellationToken cancellationToken);

    /// <summary>The questions an asker asked (by the keyed hash of their id), for "my questions".</summary>
    Task<IReadOnlyList<(string MeetingId, int Number)>> AskedByAsync(string asker, CancellationToken cancellationToken);

    Task RecordAskerAsync(string asker, string meetingId, int number, CancellationToken cancellationToken);

    /// <summary>A member's answers to the ask form so far (by the keyed hash of their id and the form's draft id).</summary>
    Task<IReadOnlyDictionary<string, string>> LoadDraftAsync(string asker, string draftId, CancellationToken cancellationToken);

    /// <summary>Merges answers into the draft (an empty value clears one).</summary>
    Task SaveDraftAsync(string asker, string draftId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken);

    Task DeleteDraftAsync(string asker, string draftId, CancellationToken cancellationToken);

    /// <summary>The conversation where staff triage questions (a serialised conversation reference), once set.</summary>
    Task<StaffChannel?> FindStaffChannelAsync(CancellationToken cancellationToken);

    Task SaveStaffChannelAsync(StaffChannel channel, CancellationToken cancellationToken);
}

/// <param name="Address">A serialised conversation reference of the channel (new posts start threads there).</param>
public sealed record StaffChannel(string TeamId, string TeamName, string ChannelId, string TenantId, string Address, string SetBy, DateTimeOffset SetAt);
