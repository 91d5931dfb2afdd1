using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Contributions;

/// <param name="Kind">The channel's kind, sent back by its button.</param>
public sealed record ChannelChoice(string Kind, string Title, string Description)
{
    /// <summary>The channel is another feature's command (a trainer or speaker request is a nomination's), run with <see cref="Argument"/>.</summary>
    public string? Command { get; init; }

    public string Argument { get; init; } = "";
}

/// <summary>"contribute": the ways to work with WIPO, each a button that starts its form.</summary>
public static class ChannelsCard
{
    public static AdaptiveCard Build(string heading, string intro, IReadOnlyList<ChannelChoice> channels) =>
        new(
        [
            TextBlock.Heading(heading),
            new TextBlock(intro),
            .. channels.Select(c => (CardElement)new Container(
            [
                new TextBlock($"**{c.Title}**: {c.Description}"),
                new ActionSet([c.Command is { } command
                    ? CardVerb.Command(c.Title, command, c.Argument)
                    : CardVerb.Button(c.Title, ContributionVerbs.Start, (ContributionVerbs.KindKey, c.Kind)) with { AssociatedInputs = "none" }]),
            ])
            { Separator = true }),
        ])
        { FallbackText = heading };
}

public sealed record MyContributionRow(string Code, string Channel, string Title, string Status, string Sent, string? Reply);

/// <summary>"my contributions": what the member sent through every channel, newest first, with where each stands.</summary>
public static class MyContributionsCard
{
    public const int MaxShown = 20;

    public static AdaptiveCard Build(string heading, string empty, IReadOnlyList<MyContributionRow> rows)
    {
        var body = new List<CardElement> { TextBlock.Heading(heading) };
        if (rows.Count == 0)
        {
            body.Add(new TextBlock(empty));
        }
        foreach (var row in rows.Take(MaxShown))
        {
            var lines = new List<CardElement>
            {
                new TextBlock($"**{row.Code}** · {row.Channel} · {row.Title}"),
                new TextBlock($"{row.Status} · {row.Sent}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            };
            if (row.Reply is { Length: > 0 } reply)
            {
                lines.Add(new TextBlock(reply.Length > 500 ? reply[..500] + "…" : reply) { Spacing = Spacing.Small });
            }
            body.Add(new Container(lines) { Separator = true });
        }
        return new AdaptiveCard(body) { FallbackText = heading };
    }
}

/// <summary>What a member is told when staff decided on what they sent, in their language.</summary>
public static class ContributionMovedCard
{
    public static AdaptiveCard Build(string heading, string text, string? reply, string myTitle, string myCommand) =>
        new(
        [
            TextBlock.Heading(heading),
            new TextBlock(text),
            .. reply is { Length: > 0 } ? new CardElement[] { new TextBlock(reply) { Separator = true } } : [],
        ],
        [CardVerb.Command(myTitle, myCommand)])
        { FallbackText = text };
}
