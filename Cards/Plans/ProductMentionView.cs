namespace CollabBot.Cards.Plans;

/// <summary>A product the member named without asking anything recognisable. Texts are in the member's language.</summary>
/// <param name="Text">What the bot can do with the product.</param>
/// <param name="Follow">The follow button's title, or the unfollow one's when <paramref name="Following"/>.</param>
/// <param name="HelpCommand">The command the help button runs.</param>
public sealed record ProductMentionView(
    string ProductId,
    string Text,
    bool Following,
    string SeePlans,
    string Follow,
    string Help,
    string HelpCommand)
{
    /// <summary>"Ask about this product", where asking exists.</summary>
    public Model.OfferedCommand? Ask { get; init; }
}
