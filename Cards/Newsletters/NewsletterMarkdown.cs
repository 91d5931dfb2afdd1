using System.Text;
using CollabBot.Cards.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CollabBot.Cards.Newsletters;

/// <summary>
/// A newsletter's Markdown body as the card elements Teams renders: its TextBlocks take bold, italic, links and
/// list lines only, so headings, quotes, code, images and tables become elements of their own, and HTML is dropped.
/// </summary>
public static class NewsletterMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The body's elements; Markdown nested deeper than the parser allows is shown as its text.</summary>
    public static IReadOnlyList<CardElement> Render(string? markdown) =>
        Parse(markdown) is { } document ? MarkdownBlocks.Of(document)
        : [new TextBlock(TeamsInlineText.Neutralize(markdown!.Trim()))];

    /// <summary>Whether <paramref name="url"/> is an absolute https address, the only images (and links out) a card should carry.</summary>
    public static bool IsHttpsUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    /// <summary>
    /// The opening words of the body's paragraphs (headings, code and tables aside) as plain text for a collapsed view:
    /// at most <paramref name="maxChars"/> characters, cut at a word and ended with "…" when there is more.
    /// </summary>
    public static string Excerpt(string? markdown, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        var document = Parse(markdown);
        IEnumerable<string> paragraphs = document is null ? [markdown!] : Paragraphs(document).Select(p => TeamsInlineText.Plain(p.Inline));
        var text = new StringBuilder();
        foreach (var word in paragraphs.SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (text.Length > maxChars)
            {
                break;
            }
            text.Append(text.Length > 0 ? " " : "").Append(word);
        }
        return TeamsInlineText.Neutralize(CutAtWord(text.ToString(), maxChars));
    }

    /// <summary>Null when the Markdown is nested deeper than Markdig allows (128 levels).</summary>
    private static MarkdownDocument? Parse(string? markdown)
    {
        try
        {
            return Markdown.Parse(markdown ?? "", Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<ParagraphBlock> Paragraphs(ContainerBlock blocks)
    {
        foreach (var block in blocks)
        {
            if (block is ParagraphBlock paragraph)
            {
                yield return paragraph;
            }
            else if (block is ContainerBlock container and not Table)
            {
                foreach (var inner in Paragraphs(container))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string CutAtWord(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }
        var keep = maxChars - 1; // room for the ellipsis
        var end = keep;
        while (end > 0 && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }
        if (end == 0)
        {
            // One word longer than the excerpt: cut inside it, never between the halves of a surrogate pair.
            end = keep > 0 && char.IsHighSurrogate(text[keep - 1]) ? keep - 1 : keep;
        }
        return text[..end].TrimEnd(' ', ',', ';', ':', '-', '–', '—') + "…";
    }
}
