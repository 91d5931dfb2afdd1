using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Members;

/// <summary>
/// The member registry. Several instances write it at once, so a record is never replaced from a copy read
/// earlier: <see cref="UpdateAsync"/> applies a change to the stored record with optimistic concurrency.
/// </summary>
public interface IMemberStore
{
    Task<MemberRecord?> FindAsync(MemberId id, CancellationToken cancellationToken);

    /// <summary>Registers a new member.</summary>
    /// <returns>False when the member is already registered (nothing is written).</returns>
    Task<bool> AddAsync(MemberRecord member, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored record and writes the result only if nobody wrote the
    /// record meanwhile; otherwise reads it again and applies the change again. The change returns null when
    /// there is nothing to write (e.g. a request another staff member already decided).
    /// </summary>
    /// <returns>The record as stored afterwards, or null when the member is not registered.</returns>
    Task<MemberRecord?> UpdateAsync(MemberId id, Func<MemberRecord, MemberRecord?> change, CancellationToken cancellationToken);

    /// <summary>
    /// Everyone in the registry, or only the members confirmed in one of <paramref name="userGroups"/> when it
    /// is not empty (the audience of a survey or broadcast). Off the hot path: it reads across tenants.
    /// </summary>
    Task<IReadOnlyList<MemberRecord>> ListAsync(IReadOnlyCollection<string> userGroups, CancellationToken cancellationToken);

    /// <summary>
    /// One page of <see cref="ListAsync"/>'s members: the engine reads a broadcast's audience this way, a page at a
    /// time, never all at once.
    /// </summary>
    /// <param name="continuation">Null for the first page, else what the previous page returned.</param>
    /// <returns>The page, and where the next one starts (null after the last).</returns>
    Task<(IReadOnlyList<MemberRecord> Members, string? Next)> PageAsync(IReadOnlyCollection<string> userGroups, string? continuation, int size,
        CancellationToken cancellationToken);

    /// <summary>
    /// The people with these object ids, in whichever tenant (staff, named in configuration by object id only); those
    /// who never spoke to the bot are not found.
    /// </summary>
    Task<IReadOnlyList<MemberRecord>> FindByObjectIdsAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken);

    /// <summary>The member whose e-mail address or sign-in name this is (in any case), if the bot knows one.</summary>
    Task<MemberRecord?> FindBySignInAsync(string emailOrSignIn, CancellationToken cancellationToken);

    /// <summary>
    /// Members who chose a user group, or said they represent theirs, and staff have not confirmed it yet, oldest request
    /// first.
    /// </summary>
    Task<IReadOnlyList<MemberRecord>> ListAwaitingConfirmationAsync(CancellationToken cancellationToken);
}
