using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>Products with a button for their plans and one to follow or unfollow: the catalogue, or a member's subscriptions.</summary>
public static class ProductListCard
{
    public const int PageSize = 30;

    public static AdaptiveCard Build(ProductListView view, PlansLabels? labels = null)
    {
        var l = labels ?? PlansLabels.English;
        var heading = view.Heading ?? l.ProductsHeading;
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
                ? CardVerb.Button(l.Unfollow, PlansVerbs.Unfollow, (PlansVerbs.ProductKey, product.Id))
                : CardVerb.Button(l.Follow, PlansVerbs.Follow, (PlansVerbs.ProductKey, product.Id));
            body.Add(new ColumnSet(
            [
                new Column([new TextBlock($"**{product.Name}**")]) { VerticalContentAlignment = VerticalAlignment.Center },
                new Column([new ActionSet(
                [
                    CardVerb.Button(l.SeePlans, PlansVerbs.Show, (PlansVerbs.ProductKey, product.Id)),
                    follow,
                ])], "auto"),
            ])
            { Separator = true });
        }
        if (view.Products.Count > PageSize)
        {
            body.Add(new TextBlock(string.Format(CultureInfo.InvariantCulture, l.More, view.Products.Count - PageSize)) { IsSubtle = true });
        }
        return new AdaptiveCard(body) { FallbackText = heading };
    }
}
