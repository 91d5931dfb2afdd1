using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans.Recognition;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Plans;

/// <summary>
/// The intent stage: text no command took is recognised against the catalogue. Plans questions get a card per
/// product named, "what's new" the recent changes, follow/unfollow/subscriptions their answers; a product named in
/// a message that asks nothing recognisable gets a card offering its plans; anything else passes on (to the help card).
/// </summary>
public sealed class PlansStage(PlansDirectory directory, PlansAnswers answers, TimeProvider clock, IStringLocalizer<PlansTexts> texts)
    : IMessageHandler
{
    /// <summary>One card per product named, up to this many (Teams allows a bot about 7 messages a second per chat).</summary>
    public const int MaxCards = 5;

    public int Order => MessageHandlerOrder.Intents;

    public async Task<bool> TryHandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetAsync(cancellationToken);
        var recognition = snapshot.Recognizer.Recognize(turn.Text);
        var products = Named(snapshot, recognition.ProductIds).ToList();
        switch (recognition.Intent)
        {
            case PlansIntent.Plans when products.Count == 0:
                await answers.ShowProductsAsync(turn, texts["UnknownProduct"], cancellationToken);
                return true;
            case PlansIntent.Plans:
                foreach (var product in products.Take(MaxCards))
                {
                    await answers.ShowPlansAsync(turn, product, cancellationToken);
                }
                return true;
            case PlansIntent.WhatsNew:
                await answers.ShowWhatsNewAsync(turn, cancellationToken);
                return true;
            case PlansIntent.Subscriptions:
                await answers.ShowSubscriptionsAsync(turn, cancellationToken);
                return true;
            case PlansIntent.Follow when products.Count == 0:
                await answers.ShowProductsAsync(turn, texts["WhichToFollow"], cancellationToken);
                return true;
            case PlansIntent.Follow:
                foreach (var product in products)
                {
                    await answers.FollowAsync(turn, product, clock.GetUtcNow(), cancellationToken);
                }
                return true;
            case PlansIntent.Unfollow when products.Count == 0:
                await answers.ShowSubscriptionsAsync(turn, cancellationToken);
                turn.Say(texts["WhichToUnfollow"]);
                return true;
            case PlansIntent.Unfollow:
                foreach (var product in products)
                {
                    await answers.UnfollowAsync(turn, product, cancellationToken);
                }
                return true;
            // A problem report ("PATENTSCOPE is down", "bug in WIPO Lex") passes on to the help card: offering plans to
            // someone whose tool is broken reads as not listening, and "I didn't understand" is the honest answer.
            case PlansIntent.None when !recognition.ReportsProblem && recognition.NamedProductIds.Count > 0:
                foreach (var product in Named(snapshot, recognition.NamedProductIds).Take(MaxCards))
                {
                    await answers.ShowMentionAsync(turn, product, cancellationToken);
                }
                return true;
            default:
                return false;
        }
    }

    private static IEnumerable<Product> Named(CatalogueSnapshot snapshot, IEnumerable<string> ids) =>
        ids.Select(id => snapshot.ById.GetValueOrDefault(id)).OfType<Product>();
}
