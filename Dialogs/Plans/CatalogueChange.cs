namespace CollabBot.Dialogs.Plans;

public enum ChangeKind
{
    ProductAdded,
    ProductEdited,
    ProductRetired,
    PlanAdded,
    PlanEdited,
    PlanStatusChanged,
    PlanRetired,
}

/// <summary>
/// One change to the catalogue, kept for ever: who (a staff member's object id, or "sample") and when.
/// <see cref="Status"/> is the plan item's status after the change.
/// </summary>
public sealed record CatalogueChange(
    string ProductId,
    string? PlanId,
    ChangeKind Kind,
    string Title,
    PlanStatus? Status,
    string By,
    DateTimeOffset At)
{
    /// <summary>The changes followers hear about and "what's new" lists: an item added, or its status changed.</summary>
    public bool IsNews => Kind is ChangeKind.PlanAdded or ChangeKind.PlanStatusChanged;
}
