namespace CollabBot.Cards.Plans;

/// <summary>The fixed texts of the member-facing plans cards, already in the member's language.</summary>
public sealed record PlansLabels
{
    public required string Upcoming { get; init; }
    public required string RecentlyReleased { get; init; }
    public required string NothingUpcoming { get; init; }
    public required string Target { get; init; }
    public required string Updated { get; init; }
    public required string Details { get; init; }
    public required string Follow { get; init; }
    public required string Unfollow { get; init; }
    public required string Following { get; init; }
    public required string ProductPage { get; init; }
    public required string SeePlans { get; init; }
    public required string SampleNote { get; init; }
    /// <summary>{0}: the product's name.</summary>
    public required string NoPlans { get; init; }
    public required string AskStaff { get; init; }
    public required string ProductsHeading { get; init; }
    public required string WhatsNewHeading { get; init; }
    public required string WhatsNewEmpty { get; init; }
    public required string Added { get; init; }
    public required string SubscriptionsHeading { get; init; }
    public required string SubscriptionsEmpty { get; init; }
    /// <summary>{0}: how many more.</summary>
    public required string More { get; init; }
}
