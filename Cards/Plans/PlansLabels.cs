namespace CollabBot.Cards.Plans;

/// <summary>The fixed texts of the member-facing plans cards, already in the member's language.</summary>
public sealed record PlansLabels
{
    public static readonly PlansLabels English = new();

    public string Upcoming { get; init; } = "Coming up";
    public string RecentlyReleased { get; init; } = "Recently released";
    public string NothingUpcoming { get; init; } = "Nothing else is planned at the moment.";
    public string Target { get; init; } = "Target";
    public string Updated { get; init; } = "Updated";
    public string Details { get; init; } = "Details";
    public string Follow { get; init; } = "Follow";
    public string Unfollow { get; init; } = "Unfollow";
    public string Following { get; init; } = "You follow this product: I'll tell you when its plans change.";
    public string ProductPage { get; init; } = "Product page";
    public string SeePlans { get; init; } = "Plans";
    public string SampleNote { get; init; } = "Sample data for testing: not WIPO's actual plans.";
    /// <summary>{0}: the product's name.</summary>
    public string NoPlans { get; init; } = "WIPO has not published plans for {0} yet.";
    public string AskStaff { get; init; } = "Ask WIPO staff";
    public string ProductsHeading { get; init; } = "WIPO information products";
    public string WhatsNewHeading { get; init; } = "What's new";
    public string WhatsNewEmpty { get; init; } = "No recent changes.";
    public string Added { get; init; } = "new";
    public string SubscriptionsHeading { get; init; } = "My subscriptions";
    public string SubscriptionsEmpty { get; init; } = "You don't follow any product yet.";
    /// <summary>{0}: how many more.</summary>
    public string More { get; init; } = "{0} more.";
}
