using CollabBot.Dialogs.Consultations;

namespace CollabBot.Tests.Consultations;

/// <summary>The consultation store in memory, for the chat harness: one answer per group, the first kept.</summary>
public sealed class InMemoryConsultationStore : IConsultationStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<int, Consultation> consultations = [];
    private readonly Dictionary<string, int> made = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, string), GroupAnswer> answers = [];

    public Task<(Consultation Consultation, bool Added)> AddAsync(Consultation consultation, string once, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (made.TryGetValue(once, out var earlier))
            {
                return Task.FromResult((consultations[earlier], false));
            }
            var numbered = consultation with { Number = consultations.Count + 1 };
            consultations[numbered.Number] = numbered;
            made[once] = numbered.Number;
            return Task.FromResult((numbered, true));
        }
    }

    public Task<Consultation?> FindAsync(int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(consultations.GetValueOrDefault(number));
        }
    }

    public Task<Consultation?> UpdateAsync(int number, Func<Consultation, Consultation?> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!consultations.TryGetValue(number, out var current))
            {
                return Task.FromResult<Consultation?>(null);
            }
            if (change(current) is { } changed)
            {
                consultations[number] = changed;
                return Task.FromResult<Consultation?>(changed);
            }
            return Task.FromResult<Consultation?>(current);
        }
    }

    public Task<IReadOnlyList<Consultation>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Consultation>>([.. consultations.Values.Reverse()]);
        }
    }

    public Task<(GroupAnswer Answer, bool Added)> AnswerAsync(GroupAnswer answer, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(answers.TryAdd((answer.Consultation, answer.Group), answer)
                ? (answer, true)
                : (answers[(answer.Consultation, answer.Group)], false));
        }
    }

    public Task<IReadOnlyList<GroupAnswer>> ListAnswersAsync(int consultation, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<GroupAnswer>>([.. answers.Values.Where(a => a.Consultation == consultation).OrderBy(a => a.At)]);
        }
    }
}
