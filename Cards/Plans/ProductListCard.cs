using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>Products with a button for their plans and one to follow or unfollow: the catalogue, or a member's subscriptions.</summary>
public static class ProductListCard
{
    public const int PageSize = 30;

    public static AdaptiveCard Build(ProductListView view, PlansLabels labels)
    {
        var heading = view.Heading ?? labels.ProductsHeading;
        var body = new List<CardElement>
        {
            TextBlock.Heading(heading),
        };
        if (view.Intro is { Length: > 0 } intro)
        {
            body.Add(new TextBlock(intro));
        }
        if (view.Products.Count == 0 && view.Empty is { Length: > 0 } empty)
        {
            body.Add(new TextBlock(empty) { IsSubtle = true });
        }
        foreach (var product in view.Products.Take(PageSize))
        {
            var follow = product.Following
                ? CardVerb.Button(labels.Unfollow, PlansVerbs.Unfollow, (PlansVerbs.ProductKey, product.Id))
                : CardVerb.Button(labels.Follow, PlansVerbs.Follow, (PlansVerbs.ProductKey, product.Id));
            body.Add(new ColumnSet(
            [
                new Column([new TextBlock($"**{product.Name}**")]) { VerticalContentAlignment = VerticalAlignment.Center },
                new Column([new ActionSet(
                [
                    CardVerb.Button(labels.SeePlans, PlansVerbs.Show, (PlansVerbs.ProductKey, product.Id)),
                    follow,
                ])], "auto"),
            ])
            { Separator = true });
        }
        if (view.Products.Count > PageSize)
        {
            body.Add(new TextBlock(string.Format(CultureInfo.InvariantCulture, labels.More, view.Products.Count - PageSize)) { IsSubtle = true });
        }
        return new AdaptiveCard(body) { FallbackText = heading };
    }
}
