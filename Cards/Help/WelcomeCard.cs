using CollabBot.Cards.Model;

namespace CollabBot.Cards.Help;

/// <summary>The first card a person gets: what they can do, each command with what it does; buttons for the first few.</summary>
public static class WelcomeCard
{
    public const int Shortcuts = 4;

    public static AdaptiveCard Build(WelcomeView view, WelcomeLabels labels)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(labels.Heading),
            new TextBlock($"{view.Greeting} {labels.Intro}"),
            new TextBlock(labels.ForMembers) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            Bullets(view.MemberCommands),
        };
        if (view.StaffCommands.Count > 0)
        {
            body.Add(new TextBlock(labels.ForStaff) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(Bullets(view.StaffCommands));
        }
        body.Add(new TextBlock(labels.Footer) { IsSubtle = true, Spacing = Spacing.Medium });
        var actions = view.MemberCommands.Take(Shortcuts).Select(s => (CardAction)CardVerb.Command(s.Title, s.Command)).ToList();
        return new AdaptiveCard(body, actions) { FallbackText = labels.Heading };
    }

    private static TextBlock Bullets(IEnumerable<HelpEntry> entries) =>
        new(string.Join("\n", entries.Select(e => $"- **{e.Title}** — {e.Description}")));
}
