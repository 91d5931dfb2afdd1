using CollabBot.Cards.Model;

namespace CollabBot.Cards.Members;

/// <summary>Staff card: members' user-group choices waiting for confirmation.</summary>
public static class PendingGroupsCard
{
    public const string Heading = "User groups to confirm";
    public const string ConfirmVerb = "member.confirmGroup";
    public const string RejectVerb = "member.rejectGroup";
    public const string TenantKey = "tenant";
    public const string MemberKey = "member";
    public const string GroupKey = "group";

    /// <summary>Keeps the card well under Teams' size limit; the rest shows once these are done.</summary>
    public const int PageSize = 20;

    public static AdaptiveCard Build(PendingGroupsView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(Heading),
        };
        if (view.LastAction is { } done)
        {
            body.Add(new TextBlock(done) { Color = TextColor.Good });
        }
        if (view.Requests.Count == 0)
        {
            body.Add(new TextBlock("Nothing to confirm."));
        }
        foreach (var request in view.Requests.Take(PageSize))
        {
            body.Add(new ColumnSet(
            [
                new Column(
                [
                    new TextBlock($"**{request.Name}** — {request.UserGroup}"),
                    new TextBlock($"since {request.Since:yyyy-MM-dd}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]),
                new Column([new ActionSet(
                [
                    Button("Confirm", ConfirmVerb, request) with { Style = ActionStyle.Positive },
                    Button("Reject", RejectVerb, request),
                ])], "auto"),
            ])
            { Separator = true });
        }
        if (view.Requests.Count > PageSize)
        {
            body.Add(new TextBlock($"{view.Requests.Count - PageSize} more after these.") { IsSubtle = true });
        }
        return new AdaptiveCard(body) { FallbackText = Heading };
    }

    private static SubmitAction Button(string title, string verb, PendingGroupRequest request) =>
        CardVerb.Button(title, verb, (TenantKey, request.TenantId), (MemberKey, request.ObjectId), (GroupKey, request.UserGroup));
}
