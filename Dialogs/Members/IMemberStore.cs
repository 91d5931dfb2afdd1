using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Members;

public interface IMemberStore
{
    Task<MemberRecord?> FindAsync(MemberId id, CancellationToken cancellationToken);

    Task SaveAsync(MemberRecord member, CancellationToken cancellationToken);

    /// <summary>Members who chose a user group that staff have not confirmed yet, oldest request first.</summary>
    Task<IReadOnlyList<MemberRecord>> ListAwaitingConfirmationAsync(CancellationToken cancellationToken);
}
