using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>Staff card: the products in the catalogue, each with an edit button, and a form to add one.</summary>
public static class CatalogueAdminCard
{
    public const string Heading = "Manage product plans";
    public const int PageSize = 40;

    public static AdaptiveCard Build(CatalogueAdminView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(Heading),
        };
        if (view.LastAction is { } done)
        {
            body.Add(new TextBlock(done) { Color = TextColor.Good });
        }
        foreach (var product in view.Products.Take(PageSize))
        {
            body.Add(new ColumnSet(
            [
                new Column([new TextBlock(product.IsSample ? $"**{product.Name}** (sample)" : $"**{product.Name}**")])
                {
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
                new Column([new ActionSet([CardVerb.Button("Edit", PlansVerbs.EditProduct, (PlansVerbs.ProductKey, product.Id))])], "auto"),
            ])
            { Separator = true });
        }
        if (view.Products.Count > PageSize)
        {
            body.Add(new TextBlock($"{view.Products.Count - PageSize} more: ask about them by name to open them.") { IsSubtle = true });
        }
        if (view.Retired.Count > 0)
        {
            body.Add(new TextBlock("Retired: " + string.Join(", ", view.Retired)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        }
        var form = new AdaptiveCard([.. PlanInputs.ProductFields(null, [], null, null)],
            [CardVerb.Button("Add product", PlansVerbs.SaveProduct) with { Style = ActionStyle.Positive }])
        { Msteams = null };
        return new AdaptiveCard(body, [new ShowCardAction("Add a product", form)]) { FallbackText = Heading };
    }
}
