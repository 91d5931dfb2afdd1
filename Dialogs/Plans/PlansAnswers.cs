using CollabBot.Cards.Model;
using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Help;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Plans;

/// <summary>What members get from the plans feature, shared by the intent stage, the commands and the card buttons.</summary>
public sealed class PlansAnswers(PlansDirectory directory, IPlansCatalogue catalogue, IPlanSubscriptions subscriptions, TimeProvider clock,
    IServiceProvider services, IStringLocalizer<PlansTexts> texts)
{
    public const int WhatsNewCount = 10;
    public static readonly TimeSpan RecentlyReleasedFor = TimeSpan.FromDays(366);

    public async Task ShowPlansAsync(Turn turn, Product product, CancellationToken cancellationToken)
    {
        var items = (await catalogue.ListPlansAsync(product.Id, cancellationToken)).Where(p => !p.Retired).ToList();
        var following = (await subscriptions.ProductsFollowedByAsync(turn.Sender.Id, cancellationToken)).Contains(product.Id);
        var now = clock.GetUtcNow();
        var upcoming = items.Where(i => i.IsUpcoming)
            .OrderBy(i => i.Status == PlanStatus.InProgress ? 0 : 1)
            .ThenBy(i => i.Target ?? "~", StringComparer.Ordinal)
            .ThenBy(i => i.Title, StringComparer.CurrentCultureIgnoreCase);
        var released = items.Where(i => i.Status == PlanStatus.Released && now - i.Updated <= RecentlyReleasedFor)
            .OrderByDescending(i => i.Updated);
        turn.Show(PlansCard.Build(new PlansView(product.Id, product.Name, product.Description, product.Url, product.IsSample,
            [.. upcoming.Select(View)], [.. released.Select(View)], following)
        { Ask = AskAbout(turn, product) },
            PlansTexts.Labels(texts)));
    }

    public async Task ShowProductsAsync(Turn turn, string? intro, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetAsync(cancellationToken);
        var followed = await subscriptions.ProductsFollowedByAsync(turn.Sender.Id, cancellationToken);
        turn.Show(ProductListCard.Build(new ProductListView(null, intro,
            [.. snapshot.Products.Select(p => new ProductEntry(p.Id, p.Name, followed.Contains(p.Id)))]),
            PlansTexts.Labels(texts)));
    }

    public async Task ShowSubscriptionsAsync(Turn turn, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetAsync(cancellationToken);
        var followed = await subscriptions.ProductsFollowedByAsync(turn.Sender.Id, cancellationToken);
        var labels = PlansTexts.Labels(texts);
        turn.Show(ProductListCard.Build(new ProductListView(labels.SubscriptionsHeading, null,
            [.. followed.Select(id => snapshot.ById.GetValueOrDefault(id)).OfType<Product>().Select(p => new ProductEntry(p.Id, p.Name, true))],
            labels.SubscriptionsEmpty), labels));
    }

    public async Task ShowWhatsNewAsync(Turn turn, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetAsync(cancellationToken);
        // Read a few more than shown: edits and retired products are left out.
        var changes = await catalogue.RecentChangesAsync(WhatsNewCount * 3, cancellationToken);
        var entries = changes
            .Where(c => c.IsNews && c.Status is not null && snapshot.ById.ContainsKey(c.ProductId))
            .Take(WhatsNewCount)
            .Select(c => new NewsEntry(c.ProductId, snapshot.ById[c.ProductId].Name, c.Title,
                PlansTexts.Status(texts, c.Status!.Value), c.Kind == ChangeKind.PlanAdded, c.At));
        turn.Show(WhatsNewCard.Build(new WhatsNewView([.. entries]), PlansTexts.Labels(texts)));
    }

    public async Task FollowAsync(Turn turn, Product product, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var added = await subscriptions.FollowAsync(turn.Sender.Id, product.Id, now, cancellationToken);
        turn.Say(texts[added ? "Followed" : "AlreadyFollowing", product.Name]);
    }

    public async Task UnfollowAsync(Turn turn, Product product, CancellationToken cancellationToken)
    {
        var removed = await subscriptions.UnfollowAsync(turn.Sender.Id, product.Id, cancellationToken);
        turn.Say(texts[removed ? "Unfollowed" : "NotFollowing", product.Name]);
    }

    /// <summary>The product a card button names, or null after telling the member it is gone.</summary>
    public async Task<Product?> ProductFromButtonAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetAsync(cancellationToken);
        if (submit[PlansVerbs.ProductKey] is { } id && snapshot.ById.TryGetValue(id, out var product))
        {
            return product;
        }
        turn.Say(texts["ProductGone"]);
        return null;
    }

    /// <summary>A product named in a message that asks nothing recognisable: its plans, following it, help.</summary>
    public async Task ShowMentionAsync(Turn turn, Product product, CancellationToken cancellationToken)
    {
        var following = (await subscriptions.ProductsFollowedByAsync(turn.Sender.Id, cancellationToken)).Contains(product.Id);
        turn.Show(ProductMentionCard.Build(new ProductMentionView(
            product.Id,
            texts[following ? "MentionedFollowedProduct" : "MentionedProduct", product.Name],
            following,
            texts["SeeItsPlans"],
            texts[following ? "Unfollow" : "Follow"],
            texts["MentionHelp"],
            HelpCommand.Name)
        { Ask = AskAbout(turn, product) }));
    }

    /// <summary>The command another feature offers on a product's cards ("ask about this product"), if the member may use it.</summary>
    private OfferedCommand? AskAbout(Turn turn, Product product) =>
        // Resolved on use: the command table holds the plans commands, which hold this.
        services.GetRequiredService<CommandTable>().Offered(CommandOffer.AboutProduct, turn.Sender) is { } info
            ? new OfferedCommand(info.Help!.OfferTitle(CommandOffer.AboutProduct), info.Name, product.Name)
            : null;

    private PlanItemView View(PlanItem item) => new(item.Title, item.Summary,
        PlansTexts.Status(texts, item.Status), item.Status == PlanStatus.InProgress, item.Target, item.Link, item.Updated);
}
