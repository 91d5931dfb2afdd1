using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Newsletters;

/// <param name="Date">When it was sent, as the member reads dates.</param>
/// <param name="Expanded">"Read more" was pressed: the whole body shows.</param>
/// <param name="Preview">Staff's preview: the buttons show what members get, and count nothing.</param>
public sealed record NewsletterView(int Number, string Title, string Body, string? ImageUrl, string Date, IReadOnlyList<string> Products,
    IReadOnlyList<(string Title, string Url)> Links, bool Expanded, bool FoundHelpful, bool Preview);

public sealed record NewsletterLabels(string ReadMore, string Helpful, string FoundHelpful, string Reply, string ReplyPlaceholder, string Send,
    string ReplyRequired);

/// <summary>
/// A newsletter as a member gets it: the image, title and the start of the body; "read more" shows the rest in place
/// (the press is what counts a read: a link opening a page could not be counted); "helpful" counts a vote; "reply"
/// opens a short form whose answer reaches the staff channel; up to two links open pages.
/// </summary>
public static class NewsletterCard
{
    /// <summary>Characters of the body shown before "read more".</summary>
    public const int ExcerptLength = 400;

    public static AdaptiveCard Build(NewsletterView view, NewsletterLabels labels)
    {
        var body = new List<CardElement>();
        if (view.ImageUrl is { } image)
        {
            body.Add(new Image(image) { AltText = view.Title });
        }
        body.Add(TextBlock.Heading(view.Title));
        var about = view.Products.Count > 0 ? $"{view.Date} · {string.Join(", ", view.Products)}" : view.Date;
        body.Add(new TextBlock(about) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        // A short body shows whole; a longer one shows its first words as plain text until "read more".
        var shortened = !view.Expanded && view.Body.Length > ExcerptLength;
        if (shortened)
        {
            body.Add(new TextBlock(NewsletterMarkdown.Excerpt(view.Body, ExcerptLength)));
        }
        else
        {
            body.AddRange(NewsletterMarkdown.Render(view.Body));
        }
        if (view.FoundHelpful)
        {
            body.Add(new TextBlock("✓ " + labels.FoundHelpful) { Color = TextColor.Good, Size = TextSize.Small });
        }
        return new AdaptiveCard(body, Actions(view, labels, shortened)) { FallbackText = view.Title };
    }

    private static List<CardAction> Actions(NewsletterView view, NewsletterLabels labels, bool shortened)
    {
        var number = (NewsletterVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture));
        var preview = (NewsletterVerbs.PreviewKey, view.Preview ? "1" : "");
        var expanded = (NewsletterVerbs.ExpandedKey, view.Expanded || !shortened ? "1" : "");
        var actions = new List<CardAction>();
        if (shortened)
        {
            actions.Add(CardVerb.Button(labels.ReadMore, NewsletterVerbs.Read, number, preview) with { AssociatedInputs = "none" });
        }
        if (!view.FoundHelpful)
        {
            actions.Add(CardVerb.Button(labels.Helpful, NewsletterVerbs.Helpful, number, preview, expanded) with { AssociatedInputs = "none" });
        }
        actions.Add(new ShowCardAction(labels.Reply, new AdaptiveCard(
        [
            new TextInput
            {
                Id = NewsletterVerbs.ReplyInput, Label = labels.ReplyPlaceholder, IsMultiline = true, MaxLength = 2000, IsRequired = true,
                ErrorMessage = labels.ReplyRequired,
            },
        ], [CardVerb.Button(labels.Send, NewsletterVerbs.Reply, number, preview)])
        { Msteams = null }));
        actions.AddRange(view.Links.Select(l => new OpenUrlAction(l.Title, l.Url)));
        return actions;
    }
}
