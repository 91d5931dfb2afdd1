namespace CollabBot.Dialogs.Nominations;

/// <summary>The panel's rule: who may score a nomination, and when the scores decide it.</summary>
public static class ReviewPanel
{
    /// <summary>Why this member of staff may not review it now, or null when they may.</summary>
    public static string? Refusal(Nomination n, string reviewer, bool scoring)
    {
        if (n.Status != NominationStatus.UnderReview)
        {
            return $"{n.Id} is {NominationViews.StatusName(n.Status)}: it takes no reviews now.";
        }
        if (n.Reviewers.Count > 0 && !n.Reviewers.Contains(reviewer))
        {
            return $"{n.Id} is reviewed by the staff asked to review it; to review it yourself, add yourself to its reviewers (More on its card).";
        }
        if (scoring && n.Reviews.Any(r => r.Reviewer == reviewer && r.Conflict))
        {
            return $"You declared a conflict of interest on {n.Id}, so you can't score it.";
        }
        return null;
    }

    /// <summary>The decision the reviews reach under the rule, or null while it is still open.</summary>
    public static (NominationStatus Status, string Summary)? Outcome(Nomination n, ReviewRule rule)
    {
        var scored = n.Reviews.Where(r => !r.Conflict && r.Recommends is not null).ToList();
        var accepts = scored.Count(r => r.Recommends == true);
        var declines = scored.Count - accepts;
        var needed = Math.Clamp(rule.Needed, 1, Math.Max(1, rule.Reviewers));
        var panel = Math.Max(needed, rule.Reviewers);
        if (accepts >= needed)
        {
            return (NominationStatus.Accepted, $"accepted: {accepts} of {scored.Count} reviewers recommend it");
        }
        if (declines > panel - needed)
        {
            return (NominationStatus.Declined, $"declined: {declines} of {scored.Count} reviewers do not recommend it");
        }
        return null;
    }
}
