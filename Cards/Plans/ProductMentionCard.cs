using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>What the bot can do with a product a member named: its plans, following it, and the rest through help.</summary>
public static class ProductMentionCard
{
    public static AdaptiveCard Build(ProductMentionView view)
    {
        var product = (PlansVerbs.ProductKey, view.ProductId);
        return new AdaptiveCard(
            [new TextBlock(view.Text)],
            [
                CardVerb.Button(view.SeePlans, PlansVerbs.Show, product),
                CardVerb.Button(view.Follow, view.Following ? PlansVerbs.Unfollow : PlansVerbs.Follow, product),
                CardVerb.Command(view.Help, view.HelpCommand),
            ])
        { FallbackText = view.Text.Replace("**", string.Empty, StringComparison.Ordinal) };
    }
}
