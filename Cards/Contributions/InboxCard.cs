using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Contributions;

public sealed record InboxRow(string Kind, int Number, string Code, string Channel, string Title, string Status, string From, string Age);

/// <param name="Filter">The filter as the export buttons send it back.</param>
public sealed record InboxView(IReadOnlyList<InboxRow> Rows, IReadOnlyList<Choice> Kinds, IReadOnlyList<Choice> Statuses, IReadOnlyList<Choice> Groups,
    string Kind, string Status, string Group, string Filter);

/// <summary>"inbox": what members sent through every channel, oldest first, filtered by channel, status and user group.</summary>
public static class InboxCard
{
    public const int MaxShown = 25;

    public static AdaptiveCard Build(InboxView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading($"Inbox: {view.Rows.Count.ToString(CultureInfo.InvariantCulture)}"),
            new ColumnSet(
            [
                new Column([new ChoiceSetInput(view.Kinds) { Id = ContributionVerbs.KindInput, Label = "Channel", Value = view.Kind, Style = ChoiceStyle.Compact }]),
                new Column([new ChoiceSetInput(view.Statuses) { Id = ContributionVerbs.StatusInput, Label = "Status", Value = view.Status, Style = ChoiceStyle.Compact }]),
                new Column([new ChoiceSetInput(view.Groups) { Id = ContributionVerbs.GroupInput, Label = "User group", Value = view.Group, Style = ChoiceStyle.Compact }]),
            ]),
            new ActionSet([CardVerb.Button("Filter", ContributionVerbs.Inbox)]),
        };
        if (view.Rows.Count == 0)
        {
            body.Add(new TextBlock("Nothing here."));
        }
        foreach (var row in view.Rows.Take(MaxShown))
        {
            body.Add(new Container(
            [
                new TextBlock($"**{row.Code}** · {row.Channel} · {row.Title}"),
                new TextBlock($"{row.Status} · {row.From} · {row.Age}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ])
            {
                Separator = true,
                SelectAction = CardVerb.Button($"Show {row.Code}", ContributionVerbs.Show,
                    (ContributionVerbs.KindKey, row.Kind), (ContributionVerbs.NumberKey, row.Number.ToString(CultureInfo.InvariantCulture))) with
                { AssociatedInputs = "none" },
            });
        }
        if (view.Rows.Count > MaxShown)
        {
            body.Add(new TextBlock($"{(view.Rows.Count - MaxShown).ToString(CultureInfo.InvariantCulture)} more: narrow the filter, or export them.") { IsSubtle = true });
        }
        var actions = view.Rows.Count == 0 ? null : new List<CardAction>
        {
            CardVerb.Button("Export CSV", ContributionVerbs.Export, (ContributionVerbs.FilterKey, view.Filter), (ContributionVerbs.FormatKey, "csv")) with { AssociatedInputs = "none" },
            CardVerb.Button("Export Excel", ContributionVerbs.Export, (ContributionVerbs.FilterKey, view.Filter), (ContributionVerbs.FormatKey, "xlsx")) with { AssociatedInputs = "none" },
        };
        return new AdaptiveCard(body, actions) { FallbackText = "Inbox" };
    }
}
