using CollabBot.Dialogs.Files;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Document = CollabBot.Dialogs.Files.Document;

namespace CollabBot.Bot.Files;

/// <summary>Writes a <see cref="Document"/> as a Word document with the Open XML SDK: built-in heading styles, so Word's navigation pane lists the sections.</summary>
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(Document document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body(Heading(0, document.Title));
            foreach (var block in document.Blocks)
            {
                body.Append(block.Kind switch
                {
                    BlockKind.Heading => Heading(Math.Clamp(block.Level - 1, 1, 3), block.Text),
                    BlockKind.Bullet => Paragraph(block.Lead, "• " + block.Text, indent: true),
                    BlockKind.Note => Note(block.Text),
                    _ => Paragraph(block.Lead, block.Text, indent: false),
                });
            }
            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Heading(int level, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = level == 0 ? "Title" : $"Heading{level}" }), Run(text));

    private static Paragraph Paragraph(string? lead, string text, bool indent)
    {
        var paragraph = new Paragraph();
        if (indent)
        {
            paragraph.Append(new ParagraphProperties(new Indentation { Left = "360" }));
        }
        if (lead is not null)
        {
            paragraph.Append(Run(lead + " ", bold: true));
        }
        paragraph.Append(Run(text));
        return paragraph;
    }

    private static Paragraph Note(string text) =>
        new(new Run(new RunProperties(new Color { Val = "666666" }, new FontSize { Val = "18" }), Text(text)));

    /// <summary>A run of text, its line breaks kept.</summary>
    private static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(Text(lines[i]));
        }
        return run;
    }

    // Word drops leading and trailing spaces unless told to keep them; XML can't hold control characters.
    private static Text Text(string text) =>
        new(new string([.. text.Where(c => c is '\t' || !char.IsControl(c))])) { Space = SpaceProcessingModeValues.Preserve };

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }, new FontSize { Val = "22" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            HeadingStyle("Title", "Title", 0, "40"));
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(HeadingStyle($"Heading{level}", $"heading {level}", level, level switch { 1 => "32", 2 => "26", _ => "24" }));
        }
        return styles;
    }

    private static Style HeadingStyle(string id, string name, int level, string size)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (level > 0)
        {
            paragraph.Append(new OutlineLevel { Val = level - 1 });
        }
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            paragraph, new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = size }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }
}
