using CollabBot.Cards.Model;

namespace CollabBot.Cards.Help;

public static class WelcomeCard
{
    public const string Heading = "Welcome to CollabBot";

    private static readonly string[] MemberFeatures =
    [
        "Answer WIPO surveys, question by question or all in one card",
        "Nominate experts and trainers",
        "Send questions ahead of the IP Information Round Table",
        "Ask what's planned for PATENTSCOPE or any WIPO information product, and follow it",
        "Follow the status of everything you sent",
    ];

    private static readonly string[] StaffFeatures =
    [
        "Publish surveys and product plans, and see the results",
        "Triage nominations and questions from the staff channel",
        "Confirm members' user groups and broadcast updates",
    ];

    public static AdaptiveCard Build(WelcomeView view)
    {
        var greeting = view.FirstName is { Length: > 0 } name ? $"Hello {name}!" : "Hello!";
        var body = new List<CardElement>
        {
            TextBlock.Heading(Heading),
            new TextBlock($"{greeting} I connect the patent-information user groups (CEPIUG, PDG, PIUG and their " +
                "national groups) with WIPO."),
            new TextBlock("For user-group members") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            Bullets(MemberFeatures),
        };
        if (view.IsStaff)
        {
            body.Add(new TextBlock("For WIPO staff (that's you)") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(Bullets(StaffFeatures));
        }
        body.Add(new TextBlock("Type **help** at any time.") { IsSubtle = true, Spacing = Spacing.Medium });
        var actions = view.Shortcuts.Select(s => (CardAction)CardVerb.Command(s.Title, s.Command)).ToList();
        return new AdaptiveCard(body, actions) { FallbackText = Heading };
    }

    private static TextBlock Bullets(IEnumerable<string> lines) =>
        new(string.Join("\n", lines.Select(l => "- " + l)));
}
