using System.Collections.Concurrent;
using CollabBot.Dialogs.Nominations;

namespace CollabBot.Tests.Nominations;

/// <summary>The nomination store in memory, for the chat harness.</summary>
public sealed class InMemoryNominationStore : INominationStore
{
    private readonly object gate = new();
    private readonly SortedDictionary<int, Nomination> nominations = [];
    private readonly Dictionary<string, int> made = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), Dictionary<string, string>> drafts = new();

    public Task<(Nomination Nomination, bool Added)> AddAsync(Nomination nomination, string madeOnce, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (made.TryGetValue(madeOnce, out var earlier))
            {
                return Task.FromResult((nominations[earlier], false));
            }
            var numbered = nomination with { Number = made.Count + 1 };
            nominations[numbered.Number] = numbered;
            made[madeOnce] = numbered.Number;
            return Task.FromResult((numbered, true));
        }
    }

    public Task<Nomination?> FindAsync(int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(nominations.GetValueOrDefault(number));
        }
    }

    public Task<Nomination?> UpdateAsync(int number, Func<Nomination, Nomination?> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!nominations.TryGetValue(number, out var current))
            {
                return Task.FromResult<Nomination?>(null);
            }
            if (change(current) is not { } changed)
            {
                return Task.FromResult<Nomination?>(current);
            }
            nominations[number] = changed;
            return Task.FromResult<Nomination?>(changed);
        }
    }

    public Task<IReadOnlyList<Nomination>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Nomination>>([.. nominations.Values]);
        }
    }

    public Task<IReadOnlyDictionary<string, string>> LoadDraftAsync(string member, string draftId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(drafts.TryGetValue((member, draftId), out var d) ? new Dictionary<string, string>(d) : []);

    public Task SaveDraftAsync(string member, string draftId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var draft = drafts.GetOrAdd((member, draftId), _ => new Dictionary<string, string>(StringComparer.Ordinal));
        lock (draft)
        {
            foreach (var (field, value) in answers)
            {
                draft[field] = value;
            }
        }
        return Task.CompletedTask;
    }

    public Task DeleteDraftAsync(string member, string draftId, CancellationToken cancellationToken)
    {
        drafts.TryRemove((member, draftId), out _);
        return Task.CompletedTask;
    }
}
