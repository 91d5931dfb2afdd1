namespace CollabBot.Dialogs.Plans;

/// <summary>A feature told when a plan item is released (feedback linked to it tells its sender).</summary>
public interface IPlanReleases
{
    /// <summary>Called for each release, and again when the same save is delivered again: it must act once.</summary>
    Task ReleasedAsync(PlanItem plan, CancellationToken cancellationToken);
}
