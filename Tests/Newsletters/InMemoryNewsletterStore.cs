using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Newsletters;

namespace CollabBot.Tests.Newsletters;

/// <summary>The newsletter store in memory, for the chat harness.</summary>
public sealed class InMemoryNewsletterStore : INewsletterStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<int, Newsletter> newsletters = [];
    private readonly Dictionary<(int, int), NewsletterReply> replies = [];
    private readonly Dictionary<string, (int, int)> made = new(StringComparer.Ordinal);
    private readonly HashSet<(int, MemberId, Engagement)> counted = [];

    public Task<Newsletter> AddAsync(Newsletter newsletter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var numbered = newsletter with { Number = newsletters.Count + 1 };
            newsletters[numbered.Number] = numbered;
            return Task.FromResult(numbered);
        }
    }

    public Task<Newsletter?> FindAsync(int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(newsletters.GetValueOrDefault(number));
        }
    }

    public Task<Newsletter?> UpdateAsync(int number, Func<Newsletter, Newsletter?> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!newsletters.TryGetValue(number, out var current))
            {
                return Task.FromResult<Newsletter?>(null);
            }
            if (change(current) is { } changed)
            {
                newsletters[number] = changed;
                return Task.FromResult<Newsletter?>(changed);
            }
            return Task.FromResult<Newsletter?>(current);
        }
    }

    public Task<IReadOnlyList<Newsletter>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Newsletter>>([.. newsletters.Values.Reverse()]);
        }
    }

    public Task<bool> CountAsync(int number, MemberId member, Engagement engagement, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(counted.Add((number, member, engagement)));
        }
    }

    public Task<bool> CountedAsync(int number, MemberId member, Engagement engagement, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(counted.Contains((number, member, engagement)));
        }
    }

    public Task<NewsletterEngagement> EngagementAsync(int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(new NewsletterEngagement(counted.Count(c => c.Item1 == number && c.Item3 == Engagement.Read),
                counted.Count(c => c.Item1 == number && c.Item3 == Engagement.Helpful), replies.Keys.Count(k => k.Item1 == number)));
        }
    }

    public Task<NewsletterReply> AddReplyAsync(NewsletterReply reply, string once, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (made.TryGetValue(once, out var earlier))
            {
                return Task.FromResult(replies[earlier]);
            }
            var numbered = reply with { Number = replies.Keys.Count(k => k.Item1 == reply.Newsletter) + 1 };
            replies[(reply.Newsletter, numbered.Number)] = numbered;
            made[once] = (reply.Newsletter, numbered.Number);
            return Task.FromResult(numbered);
        }
    }

    public Task<NewsletterReply?> FindReplyAsync(int newsletter, int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(replies.GetValueOrDefault((newsletter, number)));
        }
    }

    public Task<IReadOnlyList<NewsletterReply>> ListRepliesAsync(int newsletter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<NewsletterReply>>([.. replies.Values.Where(r => r.Newsletter == newsletter).OrderBy(r => r.Number)]);
        }
    }

    public Task<NewsletterReply?> UpdateReplyAsync(int newsletter, int number, Func<NewsletterReply, NewsletterReply?> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!replies.TryGetValue((newsletter, number), out var current))
            {
                return Task.FromResult<NewsletterReply?>(null);
            }
            if (change(current) is { } changed)
            {
                replies[(newsletter, number)] = changed;
                return Task.FromResult<NewsletterReply?>(changed);
            }
            return Task.FromResult<NewsletterReply?>(current);
        }
    }
}
