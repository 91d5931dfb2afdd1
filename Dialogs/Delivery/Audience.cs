using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Delivery;

public enum AudienceKind
{
    /// <summary>Every member, or those confirmed in one of <see cref="Audience.Groups"/>.</summary>
    Members,
    /// <summary>The followers of <see cref="Audience.Product"/>.</summary>
    Followers,
    /// <summary>The members listed in <see cref="Audience.List"/>.</summary>
    List,
    /// <summary>The conversations listed in <see cref="Audience.Conversations"/> (a team channel, a thread).</summary>
    Conversations,
}

/// <summary>A conversation to post to: its key in the broadcast, its tenant, and its address (a serialised conversation reference).</summary>
public sealed record ConversationAddress(string Key, string TenantId, string Address, string Locale = "en-US");

/// <summary>Who a broadcast goes to; the engine reads it a page at a time when it fans out.</summary>
public sealed record Audience(AudienceKind Kind, IReadOnlyList<string> Groups, string? Product, IReadOnlyList<MemberId> List)
{
    public IReadOnlyList<ConversationAddress> Conversations { get; init; } = [];

    /// <summary>The products whose followers it goes to when there are several (each follower once).</summary>
    public IReadOnlyList<string> Products { get; init; } = [];

    /// <summary>
    /// The kind of message: members who declined it on their preferences are left out when the audience is read
    /// (<see cref="MessageTopic.None"/>, the default, goes to everyone). Conversations are not members: never left out.
    /// </summary>
    public MessageTopic Topic { get; init; }

    /// <summary>This audience, for a message of this kind.</summary>
    public Audience About(MessageTopic topic) => this with { Topic = topic };

    public static Audience To(params ConversationAddress[] conversations) =>
        new(AudienceKind.Conversations, [], null, []) { Conversations = conversations };

    public static Audience MembersOf(IReadOnlyList<string> groups) => new(AudienceKind.Members, groups, null, []);

    public static Audience FollowersOf(string productId) => new(AudienceKind.Followers, [], productId, []);

    public static Audience FollowersOfAny(IReadOnlyList<string> productIds) =>
        new(AudienceKind.Followers, [], productIds.Count > 0 ? productIds[0] : null, []) { Products = productIds };

    public static Audience Only(params MemberId[] members) => new(AudienceKind.List, [], null, members);
}
