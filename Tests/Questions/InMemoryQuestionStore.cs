using System.Collections.Concurrent;
using CollabBot.Dialogs.Questions;

namespace CollabBot.Tests.Questions;

/// <summary>The question store in memory, for the chat harness; the contract tests hold it to what the Table store does.</summary>
public sealed class InMemoryQuestionStore : IQuestionStore
{
    private readonly object gate = new();
    private readonly Dictionary<string, Meeting> meetings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), Question> questions = [];
    private readonly Dictionary<(string, string), int> asked = [];
    private readonly HashSet<(string, int, string)> voices = [];
    private readonly ConcurrentDictionary<string, HashSet<(string, int)>> askers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), Dictionary<string, string>> drafts = new();
    private StaffChannel? staffChannel;

    public Task SaveMeetingAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            meetings[meeting.Id] = meeting;
        }
        return Task.CompletedTask;
    }

    public Task<Meeting?> FindMeetingAsync(string meetingId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(meetings.GetValueOrDefault(meetingId));
        }
    }

    public Task<IReadOnlyList<Meeting>> ListMeetingsAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Meeting>>([.. meetings.Values.OrderBy(m => m.Date)]);
        }
    }

    public Task<(Question Question, bool Added)> AddAsync(Question question, string askedOnce, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (asked.TryGetValue((question.MeetingId, askedOnce), out var earlier))
            {
                return Task.FromResult((questions[(question.MeetingId, earlier)], false));
            }
            var number = questions.Keys.Where(k => k.Item1 == question.MeetingId).Select(k => k.Item2).DefaultIfEmpty(0).Max() + 1;
            var numbered = question with { Number = number };
            questions[(question.MeetingId, number)] = numbered;
            asked[(question.MeetingId, askedOnce)] = number;
            return Task.FromResult((numbered, true));
        }
    }

    public Task<Question?> FindAsync(string meetingId, int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(questions.GetValueOrDefault((meetingId, number)));
        }
    }

    public Task<Question?> UpdateAsync(string meetingId, int number, Func<Question, Question?> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!questions.TryGetValue((meetingId, number), out var current))
            {
                return Task.FromResult<Question?>(null);
            }
            if (change(current) is not { } changed)
            {
                return Task.FromResult<Question?>(current);
            }
            questions[(meetingId, number)] = changed;
            return Task.FromResult<Question?>(changed);
        }
    }

    public Task<IReadOnlyList<Question>> ListAsync(string meetingId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Question>>([.. questions.Values.Where(q => q.MeetingId == meetingId).OrderBy(q => q.Number)]);
        }
    }

    public async Task<bool> AddVoiceAsync(string meetingId, int number, string voter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!voices.Add((meetingId, number, voter)))
            {
                return false;
            }
        }
        await UpdateAsync(meetingId, number, q => q with { Voices = q.Voices + 1 }, cancellationToken);
        return true;
    }

    public Task<IReadOnlyList<(string MeetingId, int Number)>> AskedByAsync(string asker, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(string, int)>>(askers.TryGetValue(asker, out var set) ? [.. set.ToList()] : []);

    public Task RecordAskerAsync(string asker, string meetingId, int number, CancellationToken cancellationToken)
    {
        var set = askers.GetOrAdd(asker, _ => []);
        lock (set)
        {
            set.Add((meetingId, number));
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, string>> LoadDraftAsync(string asker, string draftId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(drafts.TryGetValue((asker, draftId), out var d) ? new Dictionary<string, string>(d) : []);

    public Task SaveDraftAsync(string asker, string draftId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var draft = drafts.GetOrAdd((asker, draftId), _ => new Dictionary<string, string>(StringComparer.Ordinal));
        lock (draft)
        {
            foreach (var (field, value) in answers)
            {
                draft[field] = value;
            }
        }
        return Task.CompletedTask;
    }

    public Task DeleteDraftAsync(string asker, string draftId, CancellationToken cancellationToken)
    {
        drafts.TryRemove((asker, draftId), out _);
        return Task.CompletedTask;
    }

    public Task<StaffChannel?> FindStaffChannelAsync(CancellationToken cancellationToken) => Task.FromResult(staffChannel);

    public Task SaveStaffChannelAsync(StaffChannel channel, CancellationToken cancellationToken)
    {
        staffChannel = channel;
        return Task.CompletedTask;
    }
}
