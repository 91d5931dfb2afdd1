namespace CollabBot.Cards.Contributions;

/// <summary>The verbs of the contributions' card buttons and their inputs' ids.</summary>
public static class ContributionVerbs
{
    public const string Start = "contribution.start";
    public const string Take = "contribution.take";
    public const string Decide = "contribution.decide";
    public const string Show = "contribution.show";
    public const string Inbox = "contribution.inbox";
    public const string Export = "contribution.export";

    public const string KindKey = "kind";
    public const string NumberKey = "number";
    public const string OutcomeKey = "outcome";
    public const string ReplyInput = "reply";
    public const string PlanInput = "plan";
    public const string FilterKey = "filter";
    public const string FormatKey = "format";
    public const string KindInput = "inboxKind";
    public const string StatusInput = "inboxStatus";
    public const string GroupInput = "inboxGroup";

    /// <summary>The reply's input on the card of one decision ("replyAnswer"): each decision's card has its own, as ids are unique in a card.</summary>
    public static string ReplyInputOf(string outcome) => ReplyInput + outcome;
}
