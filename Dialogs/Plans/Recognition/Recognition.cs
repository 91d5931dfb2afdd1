namespace CollabBot.Dialogs.Plans.Recognition;

/// <param name="ProductIds">The products the intent applies to; empty for None and Subscriptions.</param>
/// <param name="NamedProductIds">The catalogue products the message names, whatever the intent.</param>
/// <param name="ReportsProblem">None because the message reports a problem ("is down", "bug", "can't log in").</param>
public sealed record Recognition(
    PlansIntent Intent,
    IReadOnlyList<string> ProductIds,
    string Explanation,
    IReadOnlyList<string> NamedProductIds,
    bool ReportsProblem = false);
