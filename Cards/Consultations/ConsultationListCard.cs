using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Consultations;

/// <param name="Line">Its status and how many groups answered.</param>
public sealed record ConsultationListEntry(int Number, string Title, string Line);

/// <summary>Staff's list of consultations, newest first, each with a button to show its card.</summary>
public static class ConsultationListCard
{
    public const string Heading = "Consultations";
    public const int MaxEntries = 15;

    public static AdaptiveCard Build(IReadOnlyList<ConsultationListEntry> entries, string newCommand)
    {
        var body = new List<CardElement> { TextBlock.Heading(Heading) };
        if (entries.Count == 0)
        {
            body.Add(new TextBlock("No consultation yet.") { IsSubtle = true });
        }
        foreach (var entry in entries.Take(MaxEntries))
        {
            body.Add(new ColumnSet(
            [
                new Column(
                [
                    new TextBlock($"**C{entry.Number.ToString(CultureInfo.InvariantCulture)}: {entry.Title}**"),
                    new TextBlock(entry.Line) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]),
                new Column([new ActionSet([CardVerb.Button("Show", ConsultationVerbs.Open,
                    (ConsultationVerbs.NumberKey, entry.Number.ToString(CultureInfo.InvariantCulture))) with { AssociatedInputs = "none" }])], "auto")
                {
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
            ])
            { Separator = true });
        }
        if (entries.Count > MaxEntries)
        {
            body.Add(new TextBlock($"{(entries.Count - MaxEntries).ToString(CultureInfo.InvariantCulture)} older ones are not shown.") { IsSubtle = true });
        }
        return new AdaptiveCard(body, [CardVerb.Command("New consultation", newCommand)]) { FallbackText = Heading };
    }
}
