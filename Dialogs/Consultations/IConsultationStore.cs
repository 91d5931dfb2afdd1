namespace CollabBot.Dialogs.Consultations;

/// <summary>Consultations and their groups' answers, one per group.</summary>
public interface IConsultationStore
{
    /// <summary>Adds a consultation with the next number; the same <paramref name="once"/> twice adds one (a press delivered twice).</summary>
    /// <returns>The consultation, and whether this call added it.</returns>
    Task<(Consultation Consultation, bool Added)> AddAsync(Consultation consultation, string once, CancellationToken cancellationToken);

    Task<Consultation?> FindAsync(int number, CancellationToken cancellationToken);

    /// <summary>Applies a change with optimistic concurrency; the change returns null when there is nothing to write.</summary>
    Task<Consultation?> UpdateAsync(int number, Func<Consultation, Consultation?> change, CancellationToken cancellationToken);

    /// <summary>Every consultation, newest first.</summary>
    Task<IReadOnlyList<Consultation>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the answer as its group's unless the group has one already (written only if absent, so of two representatives
    /// answering at once, on two instances, one wins).
    /// </summary>
    /// <returns>The group's answer (this one, or the one given before), and whether it is this one.</returns>
    Task<(GroupAnswer Answer, bool Added)> AnswerAsync(GroupAnswer answer, CancellationToken cancellationToken);

    /// <summary>A consultation's answers, one per group that answered.</summary>
    Task<IReadOnlyList<GroupAnswer>> ListAnswersAsync(int consultation, CancellationToken cancellationToken);
}
