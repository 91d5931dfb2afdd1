using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Newsletters;

/// <param name="Line">What follows the title: the date (for staff, the status too).</param>
public sealed record NewsletterListEntry(int Number, string Title, string Line);

public sealed record NewsletterListLabels(string Heading, string Empty, string Read);

/// <summary>The last newsletters, newest first, each with a button to read it again (staff: to open its card).</summary>
public static class NewsletterListCard
{
    public const int MaxEntries = 12;

    public static AdaptiveCard Build(IReadOnlyList<NewsletterListEntry> entries, NewsletterListLabels labels, IReadOnlyList<CardAction>? actions = null)
    {
        var body = new List<CardElement> { TextBlock.Heading(labels.Heading) };
        if (entries.Count == 0)
        {
            body.Add(new TextBlock(labels.Empty) { IsSubtle = true });
        }
        foreach (var entry in entries.Take(MaxEntries))
        {
            body.Add(new ColumnSet(
            [
                new Column(
                [
                    new TextBlock($"**{entry.Title}**"),
                    new TextBlock(entry.Line) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]),
                new Column([new ActionSet([CardVerb.Button(labels.Read, NewsletterVerbs.Open,
                    (NewsletterVerbs.NumberKey, entry.Number.ToString(CultureInfo.InvariantCulture))) with { AssociatedInputs = "none" }])], "auto")
                {
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
            ])
            { Separator = true });
        }
        return new AdaptiveCard(body, actions) { FallbackText = labels.Heading };
    }
}
