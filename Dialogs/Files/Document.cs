namespace CollabBot.Dialogs.Files;

/// <summary>
/// A simple document (headings, paragraphs, bullets), written out as Markdown or as a Word document: one model, so the
/// two files of a briefing pack or of minutes always say the same.
/// </summary>
public sealed class Document(string title)
{
    private readonly List<Block> blocks = [];

    public string Title => title;

    public IReadOnlyList<Block> Blocks => blocks;

    /// <param name="level">2 for a section, 3 for a subsection (the title is level 1).</param>
    public Document Heading(int level, string text) => Add(new Block(BlockKind.Heading, text) { Level = level });

    /// <param name="lead">Shown in bold before the text ("Answer:").</param>
    public Document Paragraph(string text, string? lead = null) => Add(new Block(BlockKind.Paragraph, text) { Lead = lead });

    public Document Bullet(string text, string? lead = null) => Add(new Block(BlockKind.Bullet, text) { Lead = lead });

    /// <summary>A small line in grey (dates, who made it).</summary>
    public Document Note(string text) => Add(new Block(BlockKind.Note, text));

    private Document Add(Block block)
    {
        blocks.Add(block);
        return this;
    }
}

public enum BlockKind
{
    Heading,
    Paragraph,
    Bullet,
    Note,
}

public sealed record Block(BlockKind Kind, string Text)
{
    public int Level { get; init; }

    public string? Lead { get; init; }
}
