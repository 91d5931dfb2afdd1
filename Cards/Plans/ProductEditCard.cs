using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>Staff card: a product's fields, its plan items with edit buttons, a new-item form and the latest changes.</summary>
public static class ProductEditCard
{
    public const int MaxPlans = 40;
    public const int MaxHistory = 10;

    public static AdaptiveCard Build(ProductEditView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading($"Edit {view.Name}"),
        };
        if (view.LastAction is { } done)
        {
            body.Add(new TextBlock(done) { Color = TextColor.Good });
        }
        body.Add(new TextBlock("Plan items") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        if (view.Plans.Count == 0)
        {
            body.Add(new TextBlock("No plan items yet.") { IsSubtle = true });
        }
        foreach (var plan in view.Plans.Take(MaxPlans))
        {
            var target = plan.Target is { Length: > 0 } t ? $" · {t}" : "";
            body.Add(new ColumnSet(
            [
                new Column(
                [
                    new TextBlock($"**{plan.Title}**"),
                    new TextBlock(plan.Status + target) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]),
                new Column([new ActionSet([CardVerb.Button("Edit", PlansVerbs.EditPlan,
                    (PlansVerbs.ProductKey, view.Id), (PlansVerbs.PlanKey, plan.Id))])], "auto"),
            ])
            { Separator = true });
        }
        if (view.Plans.Count > MaxPlans)
        {
            body.Add(new TextBlock($"{view.Plans.Count - MaxPlans} more.") { IsSubtle = true });
        }
        if (view.History.Count > 0)
        {
            body.Add(new TextBlock("Latest changes") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.Add(new TextBlock(string.Join("\n", view.History.Take(MaxHistory).Select(h =>
                $"- {h.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} · {h.By} · {h.What}")))
            { Size = TextSize.Small });
        }
        var newPlan = new AdaptiveCard([.. PlanInputs.PlanFields(null, null, view.Statuses[0].Value, null, null, view.Statuses)],
            [CardVerb.Button("Add plan item", PlansVerbs.SavePlan, (PlansVerbs.ProductKey, view.Id), (PlansVerbs.PlanKey, view.NewPlanId))
                with { Style = ActionStyle.Positive }])
        { Msteams = null };
        var product = new AdaptiveCard([.. PlanInputs.ProductFields(view.Name, view.Aliases, view.Description, view.Url)],
            [CardVerb.Button("Save product", PlansVerbs.SaveProduct, (PlansVerbs.ProductKey, view.Id)) with { Style = ActionStyle.Positive }])
        { Msteams = null };
        return new AdaptiveCard(body,
        [
            new ShowCardAction("Add a plan item", newPlan),
            new ShowCardAction("Edit product", product),
            CardVerb.Button("Retire product", PlansVerbs.RetireProduct, (PlansVerbs.ProductKey, view.Id))
                with { Style = ActionStyle.Destructive, AssociatedInputs = "none" },
        ])
        { FallbackText = "Edit " + view.Name };
    }
}
