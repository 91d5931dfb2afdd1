using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Localization;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Plans;

/// <summary>
/// Tells a product's followers about a change: one message per plan item added or status changed (edits of other
/// fields are not news), in each follower's language, through the notifier.
/// </summary>
public sealed class FollowerNews(IPlanSubscriptions subscriptions, IMemberStore members, INotifier notifier, IStringLocalizer<PlansTexts> texts)
{
    /// <returns>How many followers were sent the news.</returns>
    public async Task<int> TellAsync(Product product, CatalogueChange change, CancellationToken cancellationToken)
    {
        if (!change.IsNews || change.Status is not { } status)
        {
            return 0;
        }
        var sent = 0;
        foreach (var follower in await subscriptions.FollowersOfAsync(product.Id, cancellationToken))
        {
            var language = (await members.FindAsync(follower, cancellationToken))?.SpeaksIn;
            TextReply message;
            using (MemberCulture.Use(language))
            {
                message = new(texts[change.Kind == ChangeKind.PlanAdded ? "NewsAdded" : "NewsStatus",
                    product.Name, change.Title, PlansTexts.Status(texts, status)]);
            }
            if (await notifier.NotifyAsync(follower, message, cancellationToken) == SendOutcome.Sent)
            {
                sent++;
            }
        }
        return sent;
    }
}
