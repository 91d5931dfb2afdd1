using System.Text.Json;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Plans;

/// <summary>
/// A product's followers hear of a change: one broadcast per plan item added or status changed (edits of other fields
/// are not news), built for each follower in their language when it is sent.
/// </summary>
public sealed class FollowerNews(IStringLocalizer<PlansTexts> texts) : IDeliveryContent
{
    public const string Content = "plans.news";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => Content;

    /// <summary>The broadcast that tells the followers of <paramref name="product"/> about a change; its id is the change's.</summary>
    public static BroadcastRequest? For(Product product, CatalogueChange change)
    {
        if (!change.IsNews || change.Status is not { } status || change.PlanId is not { } planId)
        {
            return null;
        }
        var news = new News(product.Name, change.Title, change.Kind == ChangeKind.PlanAdded, status);
        // Product news: followers who declined it on their preferences are left out.
        var followers = Audience.FollowersOf(product.Id).About(MessageTopic.ProductNews);
        return new BroadcastRequest($"plans-news:{product.Id}:{planId}:{change.At.UtcTicks}", followers, Content,
            JsonSerializer.Serialize(news, Json), DeliveryPriority.Bulk, $"News of {product.Name}: \"{change.Title}\"");
    }

    public Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        var news = JsonSerializer.Deserialize<News>(payload, Json) ?? throw new InvalidOperationException("News without its payload.");
        return Task.FromResult<Reply?>(new TextReply(texts[news.Added ? "NewsAdded" : "NewsStatus", news.Product, news.Title, PlansTexts.Status(texts, news.Status)]));
    }

    private sealed record News(string Product, string Title, bool Added, PlanStatus Status);
}
