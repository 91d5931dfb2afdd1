using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>What the bot can do with a product a member named: its plans, following it, and the rest through help.</summary>
public static class ProductMentionCard
{
    public static AdaptiveCard Build(ProductMentionView view)
    {
        var product = (PlansVerbs.ProductKey, view.ProductId);
        List<CardAction> actions =
        [
            CardVerb.Button(view.SeePlans, PlansVerbs.Show, product),
            CardVerb.Button(view.Follow, view.Following ? PlansVerbs.Unfollow : PlansVerbs.Follow, product),
        ];
        if (view.Ask is { } ask)
        {
            actions.Add(ask.Button());
        }
        actions.Add(CardVerb.Command(view.Help, view.HelpCommand));
        return new AdaptiveCard([new TextBlock(view.Text)], actions)
        { FallbackText = view.Text.Replace("**", string.Empty, StringComparison.Ordinal) };
    }
}
