using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <param name="Status">The status in the member's language.</param>
/// <param name="Active">In progress: shown highlighted.</param>
public sealed record PlanItemView(string Title, string Summary, string Status, bool Active, string? Target, string? Link, DateTimeOffset Updated);

/// <summary>One product's plans. With no items at all, the card says so and offers to ask staff.</summary>
public sealed record PlansView(
    string ProductId,
    string ProductName,
    string? Description,
    string? Url,
    bool IsSample,
    IReadOnlyList<PlanItemView> Upcoming,
    IReadOnlyList<PlanItemView> Released,
    bool Following)
{
    /// <summary>"Ask about this product", where asking exists.</summary>
    public OfferedCommand? Ask { get; init; }
}

public sealed record ProductEntry(string Id, string Name, bool Following);

/// <param name="Heading">The card's title; the products heading when null.</param>
/// <param name="Intro">Why the list is shown ("I don't know that product..."), if anything.</param>
public sealed record ProductListView(string? Heading, string? Intro, IReadOnlyList<ProductEntry> Products, string? Empty = null);

/// <param name="Status">The status after the change, in the member's language.</param>
public sealed record NewsEntry(string ProductId, string ProductName, string Title, string Status, bool Added, DateTimeOffset At);

public sealed record WhatsNewView(IReadOnlyList<NewsEntry> Entries);
