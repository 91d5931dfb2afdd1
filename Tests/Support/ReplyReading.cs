using System.Globalization;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Conversation;

namespace CollabBot.Tests.Support;

/// <summary>What a member sees of the bot's replies, read the same way by every conversation test.</summary>
public static class ReplyReading
{
    /// <summary>A message's text, or every text of a card, one a line.</summary>
    public static string Shown(this Reply reply) => reply switch
    {
        TextReply t => t.Text,
        CardReply c => c.Card.AllText(),
        CardUpdate u => u.Card.AllText(),
        _ => "",
    };

    public static string Shown(this IEnumerable<Reply> replies) => string.Join("\n---\n", replies.Select(Shown));

    /// <summary>"text: ..." for a message, "card: its heading" for a card, "update: its heading" for a card replaced in place.</summary>
    public static string Describe(this Reply reply) => reply switch
    {
        TextReply t => "text: " + t.Text,
        CardReply c => "card: " + c.Card.Heading(),
        CardUpdate u => "update: " + u.Card.Heading(),
        _ => reply.GetType().Name,
    };

    public static string Heading(this AdaptiveCard card) => card.Body.OfType<TextBlock>().First().Text;

    /// <summary>Every text the card shows, in order: text blocks, facts, inputs and their choices, buttons and what their cards show.</summary>
    public static string AllText(this AdaptiveCard card) => string.Join("\n", Texts(card));

    /// <summary>Every button that sends something back, those on the cards that ShowCard buttons open included.</summary>
    public static IEnumerable<SubmitAction> Buttons(this AdaptiveCard card) =>
        card.Body.SelectMany(Actions).Concat(Expand(card.Actions ?? [])).OfType<SubmitAction>();

    private static IEnumerable<string> Texts(AdaptiveCard card) =>
        card.Body.SelectMany(Texts).Concat((card.Actions ?? []).SelectMany(Texts));

    private static IEnumerable<string> Texts(CardElement element) => element switch
    {
        TextBlock t => [t.Text],
        FactSet f => f.Facts.SelectMany(x => new[] { x.Title, x.Value }),
        Container c => c.Items.SelectMany(Texts),
        ColumnSet s => s.Columns.SelectMany(col => col.Items.SelectMany(Texts)),
        ActionSet a => a.Actions.SelectMany(Texts),
        TextInput t => Present(t.Label, t.Value),
        DateInput d => Present(d.Label, d.Value),
        NumberInput n => Present(n.Label, n.Value?.ToString(CultureInfo.InvariantCulture)),
        ToggleInput t => Present(t.Label, t.Title),
        ChoiceSetInput c => Present([c.Label, .. c.Choices.Select(x => x.Title)]),
        CardInput i => Present(i.Label),
        _ => [],
    };

    private static IEnumerable<string> Texts(CardAction action) =>
        action is ShowCardAction show ? Texts(show.Card).Prepend(action.Title) : [action.Title];

    private static IEnumerable<string> Present(params string?[] texts) => texts.OfType<string>();

    private static IEnumerable<CardAction> Actions(CardElement element) => element switch
    {
        Container c => c.Items.SelectMany(Actions),
        ColumnSet s => s.Columns.SelectMany(col => col.Items.SelectMany(Actions)),
        ActionSet a => Expand(a.Actions),
        _ => [],
    };

    // A ShowCard button's card holds its own inputs and buttons.
    private static IEnumerable<CardAction> Expand(IEnumerable<CardAction> actions) =>
        actions.SelectMany(a => a is ShowCardAction show ? show.Card.Buttons().Cast<CardAction>().Prepend(a) : [a]);
}
