namespace CollabBot.Dialogs.Nominations;

/// <summary>Nominations, numbered N1, N2...; and the nominate form's drafts.</summary>
public interface INominationStore
{
    /// <summary>
    /// Adds the nomination made with <paramref name="madeOnce"/> (its form's draft id), giving it the next number. Made again
    /// with the same id (a re-delivery), it adds nothing and returns the first.
    /// </summary>
    Task<(Nomination Nomination, bool Added)> AddAsync(Nomination nomination, string madeOnce, CancellationToken cancellationToken);

    Task<Nomination?> FindAsync(int number, CancellationToken cancellationToken);

    /// <summary>Applies a change with optimistic concurrency (read again and applied again on a conflict).</summary>
    /// <returns>The nomination as stored after, or null when there is none; the change returns null when there is nothing to write.</returns>
    Task<Nomination?> UpdateAsync(int number, Func<Nomination, Nomination?> change, CancellationToken cancellationToken);

    /// <summary>Every nomination, oldest first.</summary>
    Task<IReadOnlyList<Nomination>> ListAsync(CancellationToken cancellationToken);

    /// <summary>A member's answers to the nominate form so far (by their id and the form's draft id).</summary>
    Task<IReadOnlyDictionary<string, string>> LoadDraftAsync(string member, string draftId, CancellationToken cancellationToken);

    /// <summary>Merges answers into the draft.</summary>
    Task SaveDraftAsync(string member, string draftId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken);

    Task DeleteDraftAsync(string member, string draftId, CancellationToken cancellationToken);
}
