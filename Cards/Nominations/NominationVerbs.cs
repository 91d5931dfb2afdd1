namespace CollabBot.Cards.Nominations;

/// <summary>The verbs of the nominations' card buttons and their inputs' ids.</summary>
public static class NominationVerbs
{
    public const string Start = "nomination.start";
    public const string Confirm = "nomination.confirm";
    public const string Withdraw = "nomination.withdraw";
    public const string Agree = "nomination.agree";
    public const string Decline = "nomination.decline";
    public const string Review = "nomination.review";
    public const string Conflict = "nomination.conflict";
    public const string Contact = "nomination.contact";
    public const string AssignReviewers = "nomination.reviewers";
    public const string Hold = "nomination.hold";
    public const string Resume = "nomination.resume";
    public const string Show = "nomination.show";
    public const string Export = "nomination.export";

    public const string NumberKey = "nomination";
    public const string KindKey = "kind";
    public const string ScoreInput = "score";
    public const string RecommendInput = "recommend";
    public const string CommentInput = "comment";
    public const string ReviewersInput = "reviewers";
    public const string FilterKey = "filter";
    public const string FormatKey = "format";
}
