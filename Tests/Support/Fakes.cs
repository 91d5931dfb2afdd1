using System.Collections.Concurrent;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;

namespace CollabBot.Tests.Support;

public sealed class FakeMemberStore : IMemberStore
{
    private readonly ConcurrentDictionary<MemberId, MemberRecord> records = new();

    /// <summary>Registers a member as if they had spoken to the bot (with an address to reach them).</summary>
    public void Add(Member member) =>
        records[member.Id] = new MemberRecord(member.Id, member.Name, member.Locale, "address", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)
        {
            Role = member.Role,
            UserGroup = member.UserGroup,
        };

    public Task<MemberRecord?> FindAsync(MemberId id, CancellationToken cancellationToken) =>
        Task.FromResult(records.GetValueOrDefault(id));

    public Task<bool> AddAsync(MemberRecord member, CancellationToken cancellationToken) =>
        Task.FromResult(records.TryAdd(member.Id, member));

    public Task<MemberRecord?> UpdateAsync(MemberId id, Func<MemberRecord, MemberRecord?> change, CancellationToken cancellationToken)
    {
        while (records.TryGetValue(id, out var current))
        {
            if (change(current) is not { } changed)
            {
                return Task.FromResult<MemberRecord?>(current);
            }
            if (records.TryUpdate(id, changed with { Id = id }, current))
            {
                return Task.FromResult<MemberRecord?>(changed with { Id = id });
            }
        }
        return Task.FromResult<MemberRecord?>(null);
    }

    public Task<IReadOnlyList<MemberRecord>> ListAsync(IReadOnlyCollection<string> userGroups, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MemberRecord>>([.. records.Values.Where(m => userGroups.Count == 0 || (m.UserGroup is { } g && userGroups.Contains(g)))]);

    public async Task<(IReadOnlyList<MemberRecord> Members, string? Next)> PageAsync(IReadOnlyCollection<string> userGroups, string? continuation,
        int size, CancellationToken cancellationToken)
    {
        var all = (await ListAsync(userGroups, cancellationToken)).OrderBy(m => m.Id.ToString(), StringComparer.Ordinal).ToList();
        var start = continuation is null ? 0 : int.Parse(continuation, System.Globalization.CultureInfo.InvariantCulture);
        var next = start + size < all.Count ? (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return ([.. all.Skip(start).Take(size)], next);
    }

    public Task<IReadOnlyList<MemberRecord>> FindByObjectIdsAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MemberRecord>>([.. records.Values.Where(r => objectIds.Contains(r.Id.ObjectId, StringComparer.OrdinalIgnoreCase))]);

    public Task<MemberRecord?> FindBySignInAsync(string emailOrSignIn, CancellationToken cancellationToken) =>
        Task.FromResult(records.Values.FirstOrDefault(r => string.Equals(r.Email, emailOrSignIn.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.SignInName, emailOrSignIn.Trim(), StringComparison.OrdinalIgnoreCase)));

    public Task<IReadOnlyList<MemberRecord>> ListAwaitingConfirmationAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MemberRecord>>([.. records.Values.Where(r => r.AwaitsConfirmation).OrderBy(r => r.LastSeen)]);
}

public sealed class FakeNotifier : INotifier
{
    public ConcurrentQueue<(MemberId To, Reply Message)> Sent { get; } = new();

    public Task NotifyAsync(MemberId recipient, Reply message, CancellationToken cancellationToken)
    {
        Sent.Enqueue((recipient, message));
        return Task.CompletedTask;
    }
}

public static class TestMembers
{
    public static Member Member(string id = "m1", string? group = null) =>
        new(new MemberId("tenant", id), "Ada Member", Role.Member, "en-US", group);

    public static Member Staff(string id = "s1") => new(new MemberId("tenant", id), "Sam Staff", Role.Staff, "en-US");
}
