using CollabBot.Cards.Model;

namespace CollabBot.Cards.Help;

public static class HelpCard
{
    public static AdaptiveCard Build(HelpView view, HelpLabels labels)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(labels.Heading),
        };
        if (view.NotUnderstood)
        {
            body.Add(new TextBlock(labels.NotUnderstood) { Color = TextColor.Warning });
            if (view.Offer is { } offer)
            {
                body.Add(new ActionSet([offer.Button()]));
            }
        }
        else
        {
            body.Add(new TextBlock(labels.Intro) { IsSubtle = true });
        }
        body.AddRange(view.MemberCommands.Select(Row));
        if (view.StaffCommands.Count > 0)
        {
            body.Add(new TextBlock(labels.ForStaff) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.AddRange(view.StaffCommands.Select(Row));
        }
        return new AdaptiveCard(body) { FallbackText = labels.Heading };
    }

    private static ColumnSet Row(HelpEntry entry) => new(
    [
        new Column(
        [
            new TextBlock($"**{entry.Title}** — {entry.Description}"),
            new TextBlock(entry.TypeHint) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ]),
        new Column([new ActionSet([CardVerb.Command(entry.Title, entry.Command)])], "auto")
        {
            VerticalContentAlignment = VerticalAlignment.Center,
        },
    ]);
}
