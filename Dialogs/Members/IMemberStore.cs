using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Members;

public interface IMemberStore
{
    Task<MemberRecord?> FindAsync(MemberId id, CancellationToken cancellationToken);

    Task SaveAsync(MemberRecord member, CancellationToken cancellationToken);

    /// <summary>
    /// Everyone in the registry, or only the members confirmed in one of <paramref name="userGroups"/> when it
    /// is not empty (the audience of a survey or broadcast). Off the hot path: it reads across tenants.
    /// </summary>
    Task<IReadOnlyList<MemberRecord>> ListAsync(IReadOnlyCollection<string> userGroups, CancellationToken cancellationToken);

    /// <summary>Members who chose a user group that staff have not confirmed yet, oldest request first.</summary>
    Task<IReadOnlyList<MemberRecord>> ListAwaitingConfirmationAsync(CancellationToken cancellationToken);
}
