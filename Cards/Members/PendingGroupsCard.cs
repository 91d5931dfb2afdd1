using CollabBot.Cards.Model;

namespace CollabBot.Cards.Members;

/// <summary>
/// Staff card: members' user-group choices waiting for confirmation, and members who say they represent their group (a
/// representative answers consultations on the group's behalf).
/// </summary>
public static class PendingGroupsCard
{
    public const string Heading = "User groups to confirm";
    public const string ConfirmVerb = "member.confirmGroup";
    public const string RejectVerb = "member.rejectGroup";
    public const string TenantKey = "tenant";
    public const string MemberKey = "member";
    public const string GroupKey = "group";

    /// <summary>"1" on a button that decides the member's representing the group too.</summary>
    public const string RepresentKey = "represent";

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
                    new TextBlock(request.RepresentationOnly ? $"**{request.Name}** — represents {request.UserGroup}"
                        : request.Represent ? $"**{request.Name}** — {request.UserGroup}, as its representative"
                        : $"**{request.Name}** — {request.UserGroup}"),
                    new TextBlock($"since {request.Since:yyyy-MM-dd}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]),
                new Column([new ActionSet(Buttons(request))], "auto"),
            ])
            { Separator = true });
        }
        if (view.Requests.Count > PageSize)
        {
            body.Add(new TextBlock($"{view.Requests.Count - PageSize} more after these.") { IsSubtle = true });
        }
        return new AdaptiveCard(body) { FallbackText = Heading };
    }

    private static List<CardAction> Buttons(PendingGroupRequest request)
    {
        if (request.RepresentationOnly)
        {
            return [Button("Confirm", ConfirmVerb, request, represent: true) with { Style = ActionStyle.Positive }, Button("Reject", RejectVerb, request, represent: true)];
        }
        if (request.Represent)
        {
            return
            [
                Button("Confirm as representative", ConfirmVerb, request, represent: true) with { Style = ActionStyle.Positive },
                Button("Confirm as member only", ConfirmVerb, request),
                Button("Reject", RejectVerb, request),
            ];
        }
        return [Button("Confirm", ConfirmVerb, request) with { Style = ActionStyle.Positive }, Button("Reject", RejectVerb, request)];
    }

    private static SubmitAction Button(string title, string verb, PendingGroupRequest request, bool represent = false) =>
        represent
            ? CardVerb.Button(title, verb, (TenantKey, request.TenantId), (MemberKey, request.ObjectId), (GroupKey, request.UserGroup), (RepresentKey, "1"))
            : CardVerb.Button(title, verb, (TenantKey, request.TenantId), (MemberKey, request.ObjectId), (GroupKey, request.UserGroup));
}
