using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Plans;

/// <summary>Who follows which product; readable both ways, so a fan-out is one read.</summary>
public interface IPlanSubscriptions
{
    /// <returns>False when the member already followed it.</returns>
    Task<bool> FollowAsync(MemberId member, string productId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <returns>False when the member did not follow it.</returns>
    Task<bool> UnfollowAsync(MemberId member, string productId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ProductsFollowedByAsync(MemberId member, CancellationToken cancellationToken);

    Task<IReadOnlyList<MemberId>> FollowersOfAsync(string productId, CancellationToken cancellationToken);

    /// <summary>One page of <see cref="FollowersOfAsync"/> (null continuation: the first), and where the next starts.</summary>
    Task<(IReadOnlyList<MemberId> Followers, string? Next)> FollowersPageAsync(string productId, string? continuation, int size,
        CancellationToken cancellationToken);
}
