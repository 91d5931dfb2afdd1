using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>A product's plans: what is coming first, then what was released recently.</summary>
public static class PlansCard
{
    public const int MaxUpcoming = 15;
    public const int MaxReleased = 5;

    public static AdaptiveCard Build(PlansView view, PlansLabels labels)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(view.ProductName),
        };
        if (view.Description is { Length: > 0 } description)
        {
            body.Add(new TextBlock(description) { IsSubtle = true, Spacing = Spacing.None });
        }
        if (view.IsSample)
        {
            body.Add(new TextBlock(labels.SampleNote) { Color = TextColor.Warning, Size = TextSize.Small });
        }
        var actions = new List<CardAction>();
        if (view.Upcoming.Count == 0 && view.Released.Count == 0)
        {
            body.Add(new TextBlock(string.Format(CultureInfo.InvariantCulture, labels.NoPlans, view.ProductName)));
            actions.Add(CardVerb.Button(labels.AskStaff, PlansVerbs.AskStaff, (PlansVerbs.ProductKey, view.ProductId)));
        }
        else
        {
            body.Add(Section(labels.Upcoming));
            if (view.Upcoming.Count == 0)
            {
                body.Add(new TextBlock(labels.NothingUpcoming) { IsSubtle = true });
            }
            body.AddRange(Items(view.Upcoming, MaxUpcoming, labels));
            if (view.Released.Count > 0)
            {
                body.Add(Section(labels.RecentlyReleased));
                body.AddRange(Items(view.Released, MaxReleased, labels));
            }
        }
        if (view.Following)
        {
            body.Add(new TextBlock(labels.Following) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        }
        actions.Add(view.Following
            ? CardVerb.Button(labels.Unfollow, PlansVerbs.Unfollow, (PlansVerbs.ProductKey, view.ProductId))
            : CardVerb.Button(labels.Follow, PlansVerbs.Follow, (PlansVerbs.ProductKey, view.ProductId)));
        if (view.Ask is { } ask)
        {
            actions.Add(ask.Button());
        }
        if (view.Url is { Length: > 0 } url)
        {
            actions.Add(new OpenUrlAction(labels.ProductPage, url));
        }
        return new AdaptiveCard(body, actions) { FallbackText = view.ProductName };
    }

    private static TextBlock Section(string title) =>
        new(title) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true, Spacing = Spacing.Medium };

    private static IEnumerable<CardElement> Items(IReadOnlyList<PlanItemView> items, int max, PlansLabels labels)
    {
        foreach (var item in items.Take(max))
        {
            var facts = new List<Fact>();
            if (item.Target is { Length: > 0 } target)
            {
                facts.Add(new Fact(labels.Target, target));
            }
            facts.Add(new Fact(labels.Updated, item.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            var title = item.Link is { Length: > 0 } link ? $"**{item.Title}** ([{labels.Details}]({link}))" : $"**{item.Title}**";
            yield return new Container(
            [
                new ColumnSet(
                [
                    new Column([new TextBlock(title)]),
                    new Column([new TextBlock(item.Status)
                    {
                        Color = item.Active ? TextColor.Accent : TextColor.Default,
                        Weight = TextWeight.Bolder,
                        Size = TextSize.Small,
                    }], "auto"),
                ]),
                new TextBlock(item.Summary) { Spacing = Spacing.Small },
                new FactSet(facts) { Spacing = Spacing.Small },
            ])
            { Spacing = Spacing.Medium };
        }
        if (items.Count > max)
        {
            yield return new TextBlock(string.Format(CultureInfo.InvariantCulture, labels.More, items.Count - max)) { IsSubtle = true };
        }
    }
}
