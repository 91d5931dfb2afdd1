namespace CollabBot.Dialogs.Contributions;

/// <summary>Contributions of every channel, numbered per channel (F1, F2...; M1...); and the channels' form drafts.</summary>
public interface IContributionStore
{
    /// <summary>
    /// Adds the contribution made with <paramref name="madeOnce"/> (its form's draft id), giving it the next number of its
    /// channel, and its code (<paramref name="prefix"/> and the number). Made again with the same id (a re-delivery), it
    /// adds nothing and returns the first.
    /// </summary>
    Task<(Contribution Contribution, bool Added)> AddAsync(Contribution contribution, string prefix, string madeOnce, CancellationToken cancellationToken);

    Task<Contribution?> FindAsync(string kind, int number, CancellationToken cancellationToken);

    /// <summary>Applies a change with optimistic concurrency (read again and applied again on a conflict).</summary>
    /// <returns>The contribution as stored after, or null when there is none; the change returns null when there is nothing to write.</returns>
    Task<Contribution?> UpdateAsync(string kind, int number, Func<Contribution, Contribution?> change, CancellationToken cancellationToken);

    /// <summary>Every contribution of a channel, oldest first.</summary>
    Task<IReadOnlyList<Contribution>> ListAsync(string kind, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, string>> LoadDraftAsync(string member, string draftId, CancellationToken cancellationToken);

    Task SaveDraftAsync(string member, string draftId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken);

    Task DeleteDraftAsync(string member, string draftId, CancellationToken cancellationToken);
}
