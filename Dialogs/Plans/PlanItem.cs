namespace CollabBot.Dialogs.Plans;

public enum PlanStatus
{
    Planned,
    InProgress,
    Released,
    Dropped,
}

/// <summary>One item of a product's plans. A retired item is kept for its history but no longer shown.</summary>
/// <param name="Target">The period it is aimed at, as staff write it ("2027 Q1").</param>
/// <param name="UpdatedBy">Who changed it last: a staff member's object id, or "sample".</param>
public sealed record PlanItem(
    string ProductId,
    string Id,
    string Title,
    string Summary,
    PlanStatus Status,
    string? Target,
    string? Link,
    DateTimeOffset Updated,
    string UpdatedBy,
    bool Retired = false)
{
    public bool IsUpcoming => Status is PlanStatus.Planned or PlanStatus.InProgress;
}
