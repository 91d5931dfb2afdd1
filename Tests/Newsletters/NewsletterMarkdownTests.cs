using System.Text.Json;
using CollabBot.Cards.Model;
using CollabBot.Cards.Newsletters;

namespace CollabBot.Tests.Newsletters;

/// <summary>A newsletter's Markdown as Teams card elements, read back from the JSON the bot would send.</summary>
public sealed class NewsletterMarkdownTests
{
    private static string Json(string? markdown) => JsonSerializer.Serialize(NewsletterMarkdown.Render(markdown), CardJson.Options);

    private static JsonElement[] Elements(string? markdown)
    {
        using var document = JsonDocument.Parse(Json(markdown));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static string? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ToString() : null;

    private static string SingleText(string markdown)
    {
        var element = Assert.Single(Elements(markdown));
        Assert.Equal("TextBlock", Property(element, "type"));
        return Property(element, "text")!;
    }

    [Fact]
    public void HeadingsAreBoldWrappedTextSizedByLevel()
    {
        var elements = Elements("# Annual meeting\n\n## Agenda\n\n### Coffee");

        Assert.Equal(["Annual meeting", "Agenda", "Coffee"], elements.Select(e => Property(e, "text")));
        Assert.All(elements, e => Assert.Equal(("TextBlock", "bolder", "True"), (Property(e, "type"), Property(e, "weight"), Property(e, "wrap"))));
        Assert.Equal(["large", "medium", null], elements.Select(e => Property(e, "size")));
    }

    [Fact]
    public void EmphasisStrongCodeAndLinksStayAsTeamsMarkdown()
    {
        var text = SingleText("See **PATENTSCOPE**, *new* filters, `status:granted` and [the guide](<https://www.wipo.int/guide (2026)>).\nMail <help@wipo.int>.");

        Assert.Equal("See **PATENTSCOPE**, _new_ filters, `status:granted` and [the guide](https://www.wipo.int/guide%20%282026%29). "
            + "Mail [help@wipo.int](mailto:help@wipo.int).", text);
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))")]
    [InlineData("[click me](data:text/html,hi)")]
    [InlineData("[click me](/relative/page)")]
    [InlineData("\\[click me\\](javascript:alert(1))")]
    public void LinksOtherThanHttpHttpsOrMailtoAreOnlyText(string markdown)
    {
        var text = SingleText(markdown);

        Assert.Contains("click me", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click me]\uE000javascript:alert(1))")]
    [InlineData("<https://click.me/\uE000javascript:alert(1)>")]
    [InlineData("```\n[click me]\uE000javascript:alert(1))\n```")]
    public void NoCharacterTheAuthorTypesMakesALinkToAnotherScheme(string markdown)
    {
        Assert.DoesNotMatch(@"\]\((?!https://)", SingleText(markdown));
    }

    [Fact]
    public void ListsAreTextLinesNumberedFromTheirStart()
    {
        var elements = Elements("- first **item**\n- second\n\n3. third\n4. fourth");

        Assert.Equal(["- first **item**\r- second", "3. third\r4. fourth"], elements.Select(e => Property(e, "text")));
    }

    [Fact]
    public void NestedListsAreIndentedUnderTheirItemUpToTwoLevels()
    {
        var text = SingleText("1. Search\n   - by title\n     - by word\n2. Export");

        Assert.Equal("1. Search\r   - by title\r   - by word\r2. Export", text);
    }

    [Fact]
    public void BlockQuotesAreEmphasisContainers()
    {
        var quote = Assert.Single(Elements("> A **quoted** line\n>\n> - and a list"));

        Assert.Equal(("Container", "emphasis"), (Property(quote, "type"), Property(quote, "style")));
        Assert.Equal(["A **quoted** line", "- and a list"], quote.GetProperty("items").EnumerateArray().Select(e => Property(e, "text")));
    }

    [Fact]
    public void CodeIsAMonospaceTextBlockWithALineEachAndItsIndentation()
    {
        var code = Assert.Single(Elements("```csharp\nif (ok)\n    Send();\n```"));

        Assert.Equal(("TextBlock", "monospace", "True"), (Property(code, "type"), Property(code, "fontType"), Property(code, "wrap")));
        Assert.Equal("if (ok)\n\n\u00A0\u00A0\u00A0\u00A0Send();", Property(code, "text"));
    }

    [Fact]
    public void AThematicBreakSeparatesTheNextElement()
    {
        var elements = Elements("Before\n\n---\n\nAfter");

        Assert.Equal([null, "True"], elements.Select(e => Property(e, "separator")));
    }

    [Theory]
    [InlineData("![WIPO logo](http://www.wipo.int/logo.png)")]
    [InlineData("![WIPO logo](data:image/png;base64,AAAA)")]
    [InlineData("![WIPO logo](logo.png)")]
    public void ImagesNotOnHttpsLeaveTheirAltText(string markdown)
    {
        Assert.Equal("WIPO logo", SingleText(markdown));
        Assert.DoesNotContain("\"Image\"", Json(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void HttpsImagesAreImageElementsAfterTheirParagraphsText()
    {
        var elements = Elements("Our new office ![The office](https://www.wipo.int/office.jpg) opens.");

        Assert.Equal(["TextBlock", "Image"], elements.Select(e => Property(e, "type")));
        Assert.Equal("Our new office  opens.", Property(elements[0], "text"));
        Assert.Equal(("https://www.wipo.int/office.jpg", "The office"), (Property(elements[1], "url"), Property(elements[1], "altText")));
    }

    [Fact]
    public void RawHtmlIsDroppedAndNoTagReachesTheCard()
    {
        const string markdown = "<div class=\"banner\">\n<p>Banner</p>\n</div>\n\nText with <b>bold</b> and <img src=x onerror=alert(1)> tags, "
            + "&lt;i&gt; and \\<u> written out.\n\n<!-- a comment -->";

        var text = SingleText(markdown);

        // Angle brackets the author wrote out as text stay visible, a zero-width space keeping them from reading as tags.
        Assert.Equal("Text with bold and  tags, <\u200Bi> and <\u200Bu> written out.", text);
        Assert.DoesNotMatch("<[A-Za-z/!?]", Json(markdown));
    }

    [Fact]
    public void ScriptsAreDroppedWithTheirContent()
    {
        var elements = Elements("Before\n\n<script>\nalert('x');\n</script>\n\nInline <script>steal()</script>after <style>p{}</style>too");

        Assert.Equal(["Before", "Inline after too"], elements.Select(e => Property(e, "text")));
    }

    [Fact]
    public void TwoColumnTablesAreFactsAndWiderOnesColumnsPerRow()
    {
        var elements = Elements("| When | What |\n|---|---|\n| 9:00 | **Welcome** |\n| 9:30 | |\n\n| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |");

        Assert.Equal(["FactSet", "ColumnSet", "ColumnSet"], elements.Select(e => Property(e, "type")));
        Assert.Equal(["9:00=**Welcome**", "9:30="], elements[0].GetProperty("facts").EnumerateArray()
            .Select(f => $"{Property(f, "title")}={Property(f, "value")}"));
        var header = elements[1].GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("items")[0]).ToList();
        Assert.Equal(["A", "B", "C"], header.Select(t => Property(t, "text")));
        Assert.All(header, t => Assert.Equal("bolder", Property(t, "weight")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n\n  ")]
    [InlineData("<!-- only a comment -->")]
    [InlineData("---")]
    public void NothingToShowGivesNoElements(string? markdown)
    {
        Assert.Empty(NewsletterMarkdown.Render(markdown));
    }

    [Fact]
    public void QuotesNestedDeeperThanThreeShareTheThirdContainer()
    {
        var depth = 0;
        for (var element = Assert.Single(Elements(new string('>', 100) + " deep")); Property(element, "type") == "Container"; element = element.GetProperty("items")[0])
        {
            depth++;
        }

        Assert.Equal(3, depth);
    }

    [Fact]
    public void EmphasisNestedHundredsDeepKeepsItsWords()
    {
        var text = SingleText(string.Concat(Enumerable.Repeat("*a _b ", 300)) + "c" + string.Concat(Enumerable.Repeat(" b_ a*", 300)));

        Assert.StartsWith("_a _b _a", text, StringComparison.Ordinal);
        Assert.Equal(1201, text.Split([' ', '_', '*'], StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    public void MarkdownNestedDeeperThanTheParserAllowsIsShownAsText(string level)
    {
        var text = SingleText(string.Concat(Enumerable.Repeat(level, 1000)) + "[deep](javascript:x) <b>");

        Assert.EndsWith("[deep]\u200B(javascript:x) <\u200Bb>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.wipo.int/logo.png", true)]
    [InlineData(" HTTPS://www.wipo.int/a b.png ", true)]
    [InlineData("http://www.wipo.int/logo.png", false)]
    [InlineData("//www.wipo.int/logo.png", false)]
    [InlineData("/logo.png", false)]
    [InlineData("https://", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlyAbsoluteHttpsUrlsAreAccepted(string? url, bool accepted)
    {
        Assert.Equal(accepted, NewsletterMarkdown.IsHttpsUrl(url));
    }

    [Theory]
    [InlineData(20, "The quick brown fox…")]
    [InlineData(19, "The quick brown…")]
    [InlineData(8, "The…")]
    [InlineData(3, "Th…")]
    [InlineData(200, "The quick brown fox jumps over the lazy dog. It sleeps.")]
    public void TheExcerptIsCutAtAWord(int maxChars, string expected)
    {
        var excerpt = NewsletterMarkdown.Excerpt("# Title\n\nThe *quick* brown fox jumps over the [lazy](https://dog.example) dog.\n\nIt sleeps.", maxChars);

        Assert.Equal(expected, excerpt);
        Assert.True(excerpt.Length <= maxChars, excerpt);
    }
}
