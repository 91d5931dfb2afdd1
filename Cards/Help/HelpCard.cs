using CollabBot.Cards.Model;

namespace CollabBot.Cards.Help;

public static class HelpCard
{
    public const string Heading = "CollabBot help";

    public static AdaptiveCard Build(HelpView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(Heading),
        };
        if (view.NotUnderstood)
        {
            body.Add(new TextBlock("Sorry, I didn't understand that. Here is what I can do.") { Color = TextColor.Warning });
        }
        else
        {
            body.Add(new TextBlock("Type a command or press a button. You can also ask me things like " +
                "\"what's planned for PATENTSCOPE?\"")
            { IsSubtle = true });
        }
        body.AddRange(view.MemberCommands.Select(Row));
        if (view.StaffCommands.Count > 0)
        {
            body.Add(new TextBlock("For WIPO staff") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.AddRange(view.StaffCommands.Select(Row));
        }
        return new AdaptiveCard(body) { FallbackText = Heading };
    }

    private static ColumnSet Row(HelpEntry entry) => new(
    [
        new Column(
        [
            new TextBlock($"**{entry.Title}** — {entry.Description}"),
            new TextBlock($"Type: {entry.Typed}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ]),
        new Column([new ActionSet([CardVerb.Command(entry.Title, entry.Command)])], "auto")
        {
            VerticalContentAlignment = VerticalAlignment.Center,
        },
    ]);
}
