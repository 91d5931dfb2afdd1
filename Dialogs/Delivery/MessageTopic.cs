using System.Collections.Concurrent;

namespace CollabBot.Dialogs.Delivery;

/// <summary>
/// The kinds of message a member may decline on their preferences. A broadcast names its kind on its
/// <see cref="Audience"/>; broadcast headers and due items store it by number, so the numbers never change.
/// </summary>
public enum MessageTopic
{
    /// <summary>Always sent: answers to what the member asked, consent requests, decisions.</summary>
    None = 0,
    Newsletters = 1,
    /// <summary>News of the products the member follows.</summary>
    ProductNews = 2,
    /// <summary>Reminders of a survey not answered yet (not the invitation).</summary>
    SurveyReminders = 3,
}

public static class MessageTopics
{
    /// <summary>The kinds a member may decline, in the order the preferences card shows them.</summary>
    public static readonly IReadOnlyList<MessageTopic> Optional = [MessageTopic.Newsletters, MessageTopic.ProductNews, MessageTopic.SurveyReminders];

    private static readonly IReadOnlyList<MessageTopic> Nothing = Array.Empty<MessageTopic>();
    private static readonly ConcurrentDictionary<string, IReadOnlyList<MessageTopic>> Sets = new(StringComparer.Ordinal);

    /// <summary>
    /// The topics as a set: known optional topics only, without duplicates, in order, and one shared list per set, so
    /// that two records holding the same set are equal (a record compares its lists by reference).
    /// </summary>
    public static IReadOnlyList<MessageTopic> Set(IEnumerable<MessageTopic> topics)
    {
        MessageTopic[] set = [.. topics.Where(t => Optional.Contains(t)).Distinct().Order()];
        return set.Length == 0 ? Nothing : Sets.GetOrAdd(string.Join(",", set), _ => Array.AsReadOnly(set));
    }
}
