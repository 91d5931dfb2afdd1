using System.Globalization;
using CollabBot.Cards.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CollabBot.Cards.Newsletters;

/// <summary>Turns Markdig blocks into card elements, one level of the document (a block quote is a level of its own).</summary>
internal sealed class MarkdownBlocks
{
    /// <summary>Quotes deeper than this share their parent's container: nested containers soon get too narrow to read.</summary>
    private const int MaxQuoteDepth = 3;

    /// <summary>Lists nested deeper than this are indented like the second level.</summary>
    private const int MaxListDepth = 2;

    /// <summary>The line break Adaptive Cards' documentation puts between list items.</summary>
    private const string ListLineBreak = "\r";

    private readonly List<CardElement> elements = [];
    private readonly int quoteDepth;
    private bool separatorNext;

    private MarkdownBlocks(int quoteDepth) => this.quoteDepth = quoteDepth;

    public static IReadOnlyList<CardElement> Of(ContainerBlock blocks, int quoteDepth = 0)
    {
        var level = new MarkdownBlocks(quoteDepth);
        level.AddAll(blocks);
        return level.elements;
    }

    private void AddAll(ContainerBlock blocks)
    {
        foreach (var block in blocks)
        {
            AddBlock(block);
        }
    }

    private void AddBlock(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddText(TeamsInlineText.Markdown(heading.Inline), text => new TextBlock(text)
                {
                    Weight = TextWeight.Bolder,
                    Style = TextStyle.Heading,
                    Size = heading.Level switch { 1 => TextSize.Large, 2 => TextSize.Medium, _ => null },
                });
                break;
            case ParagraphBlock paragraph:
                var images = new List<Image>();
                AddText(TeamsInlineText.Markdown(paragraph.Inline, images, TeamsInlineText.ParagraphBreak), text => new TextBlock(text));
                images.ForEach(Add);
                break;
            case ListBlock list:
                var lines = new List<string>();
                var listImages = new List<Image>();
                AddListLines(list, "", 1, lines, listImages);
                AddText(string.Join(ListLineBreak, lines), text => new TextBlock(text));
                listImages.ForEach(Add);
                break;
            case QuoteBlock quote when quoteDepth >= MaxQuoteDepth:
                AddAll(quote);
                break;
            case QuoteBlock quote:
                var quoted = Of(quote, quoteDepth + 1);
                if (quoted.Count > 0)
                {
                    Add(new Container(quoted) { Style = ContainerStyle.Emphasis });
                }
                break;
            case CodeBlock code:
                AddText(CodeText(code), text => new TextBlock(text) { FontType = FontType.Monospace });
                break;
            case ThematicBreakBlock:
                separatorNext = true;
                break;
            case Table table:
                AddTable(table);
                break;
            case HtmlBlock or LinkReferenceDefinitionGroup:
                // Raw HTML is never shown; link definitions are already applied to the links that use them.
                break;
            case ContainerBlock container:
                AddAll(container);
                break;
        }
    }

    private void Add(CardElement element)
    {
        elements.Add(separatorNext ? element with { Separator = true } : element);
        separatorNext = false;
    }

    private void AddText(string text, Func<string, TextBlock> block)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Add(block(text));
        }
    }

    private static void AddListLines(ListBlock list, string indent, int depth, List<string> lines, List<Image> images)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{(number++).ToString(CultureInfo.InvariantCulture)}. " : "- ";
            var words = item.Where(child => child is not ListBlock).Select(child => InlineText(child, images));
            lines.Add((indent + marker + string.Join(" ", words.Where(w => w.Length > 0))).TrimEnd());
            var nestedIndent = depth < MaxListDepth ? indent + new string(' ', marker.Length) : indent;
            foreach (var nested in item.OfType<ListBlock>())
            {
                AddListLines(nested, nestedIndent, depth + 1, lines, images);
            }
        }
    }

    /// <summary>A block inside a list item or a table cell, as one line of text.</summary>
    private static string InlineText(Block block, List<Image>? images) => block switch
    {
        LeafBlock { Inline: not null } leaf => TeamsInlineText.Markdown(leaf.Inline, images),
        CodeBlock code => TeamsInlineText.Neutralize($"`{string.Join(" ", Lines(code).Select(line => line.Trim()).Where(line => line.Length > 0))}`"),
        HtmlBlock => "",
        ContainerBlock container => string.Join(" ", container.Select(child => InlineText(child, images)).Where(w => w.Length > 0)),
        _ => "",
    };

    /// <summary>
    /// Teams breaks a line outside lists only at a blank line; non-breaking spaces keep the indentation Markdown would
    /// otherwise trim.
    /// </summary>
    private static string CodeText(CodeBlock code)
    {
        var lines = Lines(code).Select(line => line.TrimEnd()).Where(line => line.Length > 0)
            .Select(line => new string('\u00A0', line.Length - line.TrimStart().Length) + line.TrimStart());
        return TeamsInlineText.Neutralize(string.Join(TeamsInlineText.ParagraphBreak, lines));
    }

    private static string[] Lines(CodeBlock code) => code.Lines.ToString().Split('\n');

    /// <summary>A two-column table reads as facts (its header row aside); wider ones as a row of columns per table row.</summary>
    private void AddTable(Table table)
    {
        var rows = table.OfType<TableRow>()
            .Select(row => (row.IsHeader, Cells: row.OfType<TableCell>().Select(cell => InlineText(cell, null)).ToList()))
            .Where(row => row.Cells.Count > 0)
            .ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(row => row.Cells.Count);
        if (width == 2)
        {
            var body = rows.Where(row => !row.IsHeader).ToList();
            Add(new FactSet([.. (body.Count > 0 ? body : rows).Select(row => new Fact(row.Cells[0], row.Cells.ElementAtOrDefault(1) ?? ""))]));
            return;
        }
        foreach (var (isHeader, cells) in rows)
        {
            Add(new ColumnSet([.. Enumerable.Range(0, width).Select(i => new Column(
                [new TextBlock(cells.ElementAtOrDefault(i) ?? "") { Weight = isHeader ? TextWeight.Bolder : null }]))]));
        }
    }
}
