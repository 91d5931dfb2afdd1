using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>Staff card: one plan item's fields, to save or retire.</summary>
public static class PlanEditCard
{
    public static AdaptiveCard Build(PlanEditView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading($"{view.ProductName}: edit plan item"),
        };
        body.AddRange(PlanInputs.PlanFields(view.Title, view.Summary, view.Status, view.Target, view.Link, view.Statuses));
        (string, string)[] keys = [(PlansVerbs.ProductKey, view.ProductId), (PlansVerbs.PlanKey, view.PlanId)];
        return new AdaptiveCard(body,
        [
            CardVerb.Button("Save", PlansVerbs.SavePlan, keys) with { Style = ActionStyle.Positive },
            CardVerb.Button("Retire item", PlansVerbs.RetirePlan, keys) with { Style = ActionStyle.Destructive, AssociatedInputs = "none" },
            CardVerb.Button("Back to product", PlansVerbs.EditProduct, (PlansVerbs.ProductKey, view.ProductId)) with { AssociatedInputs = "none" },
        ])
        { FallbackText = view.ProductName };
    }
}
