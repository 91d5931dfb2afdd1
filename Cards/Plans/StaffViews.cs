namespace CollabBot.Cards.Plans;

public sealed record AdminProductEntry(string Id, string Name, bool IsSample);

/// <param name="LastAction">What the staff member just did, shown at the top.</param>
public sealed record CatalogueAdminView(IReadOnlyList<AdminProductEntry> Products, IReadOnlyList<string> Retired, string? LastAction = null);

public sealed record AdminPlanEntry(string Id, string Title, string Status, string? Target);

/// <param name="What">The change in words ("status changed to released: Chemical search").</param>
public sealed record HistoryEntry(DateTimeOffset At, string By, string What);

/// <summary>A product's editor: its fields, its plan items, a form for a new item and the latest changes.</summary>
/// <param name="NewPlanId">The id the new-item form saves under, so a re-sent save writes the same item.</param>
public sealed record ProductEditView(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    string? Url,
    IReadOnlyList<AdminPlanEntry> Plans,
    IReadOnlyList<HistoryEntry> History,
    string NewPlanId,
    IReadOnlyList<StatusChoice> Statuses,
    string? LastAction = null);

public sealed record StatusChoice(string Title, string Value);

public sealed record PlanEditView(
    string ProductId,
    string ProductName,
    string PlanId,
    string Title,
    string Summary,
    string Status,
    string? Target,
    string? Link,
    IReadOnlyList<StatusChoice> Statuses);
