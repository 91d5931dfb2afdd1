using CollabBot.Dialogs.Plans;

namespace CollabBot.Dialogs.Contributions.Feedback;

/// <summary>Feedback linked to a plan item that is now released: its sender is told, once.</summary>
public sealed class FeedbackReleases(IContributionStore store, ContributionFlow flow, TimeProvider clock) : IPlanReleases
{
    public async Task ReleasedAsync(PlanItem plan, CancellationToken cancellationToken)
    {
        var linked = (await store.ListAsync(FeedbackChannel.KindName, cancellationToken))
            .Where(c => c.Status == ContributionStatus.Linked && !c.ReleaseTold && c.Plan is { } p && p.ProductId == plan.ProductId && p.PlanId == plan.Id);
        foreach (var feedback in linked)
        {
            // Told first (the message's id names the release, so telling twice sends once), then marked.
            await flow.TellAsync(feedback, ContributionMovedContent.Released, cancellationToken);
            var now = clock.GetUtcNow();
            await store.UpdateAsync(feedback.Kind, feedback.Number,
                c => c.ReleaseTold ? null : (c with { ReleaseTold = true }).With(now, "CollabBot", $"Told the sender \"{plan.Title}\" was released"), cancellationToken);
        }
    }
}
