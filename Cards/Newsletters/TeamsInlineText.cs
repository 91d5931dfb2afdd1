using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using CollabBot.Cards.Model;
using Markdig.Syntax.Inlines;

namespace CollabBot.Cards.Newsletters;

/// <summary>
/// Writes Markdig inlines as the Markdown a Teams TextBlock renders: **bold**, _italic_ and [links](https://...) to
/// http, https and mailto addresses. Everything else becomes plain text; inline HTML tags are dropped.
/// </summary>
internal sealed partial class TeamsInlineText
{
    /// <summary>The line break Teams honours outside lists.</summary>
    public const string ParagraphBreak = "\n\n";

    // Stands for the "](" of the links written here, so that one the author's text spells out can be told apart.
    private const char LinkJoint = '\uE000';
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>
    /// Markdig nests "*a _b *a _b ..." thousands deep; deeper than this only the words are kept, walked without
    /// recursion so that no input can exhaust the stack.
    /// </summary>
    private const int MaxDepth = 16;

    private static readonly string[] LinkSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    private readonly StringBuilder text = new();
    private readonly List<Image>? images;
    private readonly string hardBreak;
    private readonly bool plain;
    private bool inScript;

    private TeamsInlineText(List<Image>? images, string hardBreak, bool plain)
    {
        this.images = images;
        this.hardBreak = hardBreak;
        this.plain = plain;
    }

    /// <summary>
    /// Teams Markdown for <paramref name="inlines"/>. Images with an https address go to <paramref name="images"/> when
    /// given; other images, and all of them without it, leave their alt text.
    /// </summary>
    public static string Markdown(ContainerInline? inlines, List<Image>? images = null, string hardBreak = " ")
    {
        var writer = new TeamsInlineText(images, hardBreak, plain: false);
        writer.WriteAll(inlines, 0);
        return Finish(writer.text.ToString()).Trim();
    }

    /// <summary>The words alone: no emphasis, links as their text, images as their alt text. Not yet <see cref="Neutralize"/>d.</summary>
    public static string Plain(ContainerInline? inlines) => Words(inlines, 0);

    private static string Words(ContainerInline? inlines, int depth)
    {
        var writer = new TeamsInlineText(null, " ", plain: true);
        writer.WriteAll(inlines, depth);
        return writer.text.ToString().Trim();
    }

    /// <summary>
    /// Keeps text from acting as markup in Teams: "&lt;" before a letter would read as a tag or an autolink, and "](" as a
    /// link nobody checked (an escaped "\[x\](javascript:...)"). A zero-width space between the characters leaves the
    /// text looking the same.
    /// </summary>
    public static string Neutralize(string value) => Finish(Clean(value));

    /// <summary>Neutralizes what was written here, then turns the joints of the links written here into "](".</summary>
    private static string Finish(string written) =>
        MarkupStart().Replace(written, m => m.Value[0] + ZeroWidthSpace.ToString() + m.Value[1..])
            .Replace(LinkJoint.ToString(), "](", StringComparison.Ordinal);

    /// <summary>The author's text without the character that stands for a link's joint.</summary>
    private static string Clean(string value) => value.Replace(LinkJoint.ToString(), "", StringComparison.Ordinal);

    public static bool IsLinkUrl(string? url, [NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out uri) && LinkSchemes.Contains(uri.Scheme)
        && (uri.Scheme == Uri.UriSchemeMailto || uri.Host.Length > 0);

    private void WriteAll(ContainerInline? inlines, int depth)
    {
        if (inlines is not null && depth > MaxDepth)
        {
            WriteWords(inlines);
            return;
        }
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            Write(inline, depth);
        }
    }

    private void Write(Inline inline, int depth)
    {
        if (inScript && inline is not HtmlInline)
        {
            return;
        }
        switch (inline)
        {
            case LiteralInline or HtmlEntityInline or LineBreakInline { IsHard: false }:
                WriteWord(inline);
                break;
            case CodeInline code:
                WriteText(plain ? code.Content : $"`{code.Content}`");
                break;
            case LineBreakInline:
                text.Append(hardBreak);
                break;
            case AutolinkInline autolink:
                WriteLink(autolink.Url, autolink.IsEmail ? $"{Uri.UriSchemeMailto}:{autolink.Url}" : autolink.Url);
                break;
            case LinkInline { IsImage: true } image:
                WriteImage(image, depth);
                break;
            case LinkInline link:
                WriteLink(Nested(link, keepImages: false, depth), link.Url);
                break;
            case EmphasisInline emphasis:
                WriteEmphasis(emphasis, depth);
                break;
            case HtmlInline html:
                // Tags are dropped and the text between them kept, except a script's or a style sheet's.
                if (ScriptTag().IsMatch(html.Tag) && !html.Tag.EndsWith("/>", StringComparison.Ordinal))
                {
                    inScript = !html.Tag.StartsWith("</", StringComparison.Ordinal);
                }
                break;
            case ContainerInline container:
                WriteAll(container, depth + 1);
                break;
        }
    }

    private void WriteWord(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                WriteText(literal.Content.ToString());
                break;
            case HtmlEntityInline entity:
                WriteText(entity.Transcoded.ToString());
                break;
            case CodeInline code:
                WriteText(code.Content);
                break;
            case AutolinkInline autolink:
                WriteText(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
        }
    }

    /// <summary>The words under <paramref name="root"/>, depth first, with no recursion.</summary>
    private void WriteWords(ContainerInline root)
    {
        var node = root.FirstChild;
        while (node is not null)
        {
            if (node is ContainerInline { FirstChild: { } child })
            {
                node = child;
                continue;
            }
            WriteWord(node);
            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent == root ? null : node.Parent;
            }
            node = node?.NextSibling;
        }
    }

    private void WriteText(string value) => text.Append(Clean(value));

    private string Nested(ContainerInline inlines, bool keepImages, int depth)
    {
        var nested = new TeamsInlineText(keepImages ? images : null, hardBreak, plain);
        nested.WriteAll(inlines, depth + 1);
        return nested.text.ToString();
    }

    private void WriteEmphasis(EmphasisInline emphasis, int depth)
    {
        var inner = Nested(emphasis, keepImages: true, depth);
        var core = inner.Trim();
        if (plain || core.Length == 0)
        {
            text.Append(inner);
            return;
        }
        // Teams, like CommonMark, ignores a delimiter next to a space: the spaces go outside.
        var mark = emphasis.DelimiterCount >= 2 ? "**" : "_";
        text.Append(inner[..(inner.Length - inner.TrimStart().Length)])
            .Append(mark).Append(core).Append(mark)
            .Append(inner[inner.TrimEnd().Length..]);
    }

    /// <summary>A link elsewhere than http, https or mailto (javascript:, data:, a relative path) keeps its text only.</summary>
    private void WriteLink(string label, string? url)
    {
        var shown = Clean(label).Trim();
        if (plain || !IsLinkUrl(url, out var uri))
        {
            text.Append(shown);
            return;
        }
        if (shown.Length == 0)
        {
            shown = Clean(uri.Scheme == Uri.UriSchemeMailto ? uri.OriginalString[(Uri.UriSchemeMailto.Length + 1)..] : uri.OriginalString);
        }
        var target = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        text.Append('[').Append(shown.Replace('[', '(').Replace(']', ')')).Append(LinkJoint).Append(target).Append(')');
    }

    private void WriteImage(LinkInline image, int depth)
    {
        var alt = Words(image, depth + 1);
        if (!plain && images is not null && NewsletterMarkdown.IsHttpsUrl(image.Url))
        {
            images.Add(new Image(new Uri(image.Url!.Trim()).AbsoluteUri) { AltText = alt.Length > 0 ? Neutralize(alt) : null });
            return;
        }
        WriteText(alt);
    }

    [GeneratedRegex(@"<[A-Za-z/!?]|\](?=\()")]
    private static partial Regex MarkupStart();

    [GeneratedRegex(@"^</?(script|style)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
