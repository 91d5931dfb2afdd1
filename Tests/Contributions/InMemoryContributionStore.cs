using System.Collections.Concurrent;
using System.Globalization;
using CollabBot.Dialogs.Contributions;

namespace CollabBot.Tests.Contributions;

/// <summary>The contribution store in memory, for the chat harness.</summary>
public sealed class InMemoryContributionStore : IContributionStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<(string Kind, int Number), Contribution> contributions = [];
    private readonly Dictionary<(string Kind, string Made), int> made = [];
    private readonly ConcurrentDictionary<(string, string), Dictionary<string, string>> drafts = new();

    public Task<(Contribution Contribution, bool Added)> AddAsync(Contribution contribution, string prefix, string madeOnce, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (made.TryGetValue((contribution.Kind, madeOnce), out var earlier))
            {
                return Task.FromResult((contributions[(contribution.Kind, earlier)], false));
            }
            var number = contributions.Keys.Count(k => k.Kind == contribution.Kind) + 1;
            var numbered = contribution with { Number = number, Code = prefix + number.ToString(CultureInfo.InvariantCulture) };
            contributions[(contribution.Kind, number)] = numbered;
            made[(contribution.Kind, madeOnce)] = number;
            return Task.FromResult((numbered, true));
        }
    }

    public Task<Contribution?> FindAsync(string kind, int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(contributions.GetValueOrDefault((kind, number)));
        }
    }

    public Task<Contribution?> UpdateAsync(string kind, int number, Func<Contribution, Contribution?> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!contributions.TryGetValue((kind, number), out var current))
            {
                return Task.FromResult<Contribution?>(null);
            }
            if (change(current) is not { } changed)
            {
                return Task.FromResult<Contribution?>(current);
            }
            contributions[(kind, number)] = changed;
            return Task.FromResult<Contribution?>(changed);
        }
    }

    public Task<IReadOnlyList<Contribution>> ListAsync(string kind, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Contribution>>([.. contributions.Where(c => c.Key.Kind == kind).Select(c => c.Value)]);
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
