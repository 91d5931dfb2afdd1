using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>Recent changes across products: plan items added and status changes, newest first.</summary>
public static class WhatsNewCard
{
    public const int MaxEntries = 15;

    public static AdaptiveCard Build(WhatsNewView view, PlansLabels labels)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(labels.WhatsNewHeading),
        };
        if (view.Entries.Count == 0)
        {
            body.Add(new TextBlock(labels.WhatsNewEmpty) { IsSubtle = true });
        }
        foreach (var entry in view.Entries.Take(MaxEntries))
        {
            var marker = entry.Added ? $" ({labels.Added})" : "";
            body.Add(new ColumnSet(
            [
                new Column(
                [
                    new TextBlock($"**{entry.ProductName}** — {entry.Title}{marker}"),
                    new TextBlock($"{entry.Status} · {entry.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")
                    {
                        IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None,
                    },
                ]),
                new Column([new ActionSet([CardVerb.Button(labels.SeePlans, PlansVerbs.Show, (PlansVerbs.ProductKey, entry.ProductId))])], "auto")
                {
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
            ])
            { Separator = true });
        }
        return new AdaptiveCard(body) { FallbackText = labels.WhatsNewHeading };
    }
}
