using System.Collections.Concurrent;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;

namespace CollabBot.Tests.Support;

public sealed class FakeMemberStore : IMemberStore
{
    private readonly ConcurrentDictionary<MemberId, MemberRecord> records = new();

    public Task<MemberRecord?> FindAsync(MemberId id, CancellationToken cancellationToken) =>
        Task.FromResult(records.GetValueOrDefault(id));

    public Task SaveAsync(MemberRecord member, CancellationToken cancellationToken)
    {
        records[member.Id] = member;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MemberRecord>> ListAwaitingConfirmationAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MemberRecord>>([.. records.Values.Where(r => r.RequestedUserGroup is not null).OrderBy(r => r.LastSeen)]);
}

public sealed class FakeNotifier : INotifier
{
    public List<(MemberId To, Reply Message)> Sent { get; } = [];

    public Task<SendOutcome> NotifyAsync(MemberId recipient, Reply message, CancellationToken cancellationToken)
    {
        Sent.Add((recipient, message));
        return Task.FromResult(SendOutcome.Sent);
    }
}

public static class TestMembers
{
    public static Member Member(string id = "m1", string? group = null) =>
        new(new MemberId("tenant", id), "Ada Member", Role.Member, "en-US", group);

    public static Member Staff(string id = "s1") => new(new MemberId("tenant", id), "Sam Staff", Role.Staff, "en-US");
}
