using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>A member's reply to a newsletter, and staff's answer to it.</summary>
public sealed record NewsletterReply(int Newsletter, int Number, MemberId Member, string Name, string Text, DateTimeOffset At)
{
    public string? Answer { get; init; }

    public string? AnsweredBy { get; init; }

    public string Id => $"NL{Newsletter}-R{Number}";
}

/// <summary>How many members read a newsletter ("read more") and found it helpful, and how many replies it got: totals only.</summary>
public sealed record NewsletterEngagement(int Read, int Helpful, int Replies);

public enum Engagement { Read, Helpful }

/// <summary>Newsletters, their replies, and their engagement counted once per member (kept as totals, never listed).</summary>
public interface INewsletterStore
{
    /// <summary>Adds a newsletter with the next number.</summary>
    Task<Newsletter> AddAsync(Newsletter newsletter, CancellationToken cancellationToken);

    Task<Newsletter?> FindAsync(int number, CancellationToken cancellationToken);

    /// <summary>Applies a change with optimistic concurrency; the change returns null when there is nothing to write.</summary>
    Task<Newsletter?> UpdateAsync(int number, Func<Newsletter, Newsletter?> change, CancellationToken cancellationToken);

    /// <summary>Every newsletter, newest first.</summary>
    Task<IReadOnlyList<Newsletter>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Counts a member's read or helpful vote once.</summary>
    /// <returns>False when this member had already counted.</returns>
    Task<bool> CountAsync(int number, MemberId member, Engagement engagement, CancellationToken cancellationToken);

    /// <summary>Whether the member already counted (to show "thank you" instead of the button).</summary>
    Task<bool> CountedAsync(int number, MemberId member, Engagement engagement, CancellationToken cancellationToken);

    Task<NewsletterEngagement> EngagementAsync(int number, CancellationToken cancellationToken);

    /// <summary>Adds a reply with the newsletter's next reply number; the same <paramref name="once"/> twice adds one.</summary>
    Task<NewsletterReply> AddReplyAsync(NewsletterReply reply, string once, CancellationToken cancellationToken);

    Task<NewsletterReply?> FindReplyAsync(int newsletter, int number, CancellationToken cancellationToken);

    /// <summary>A newsletter's replies, oldest first.</summary>
    Task<IReadOnlyList<NewsletterReply>> ListRepliesAsync(int newsletter, CancellationToken cancellationToken);

    Task<NewsletterReply?> UpdateReplyAsync(int newsletter, int number, Func<NewsletterReply, NewsletterReply?> change, CancellationToken cancellationToken);
}
