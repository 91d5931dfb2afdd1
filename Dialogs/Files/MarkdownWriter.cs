using System.Text;

namespace CollabBot.Dialogs.Files;

/// <summary>Writes a <see cref="Document"/> as CommonMark. What people typed is escaped, so it reads as they typed it.</summary>
public static class MarkdownWriter
{
    public static string Write(Document document)
    {
        var md = new StringBuilder().Append("# ").Append(Escape(document.Title)).Append("\n\n");
        foreach (var block in document.Blocks)
        {
            var lead = block.Lead is { } l ? $"**{Escape(l)}** " : "";
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    md.Append('#', Math.Clamp(block.Level, 2, 6)).Append(' ').Append(Escape(OneLine(block.Text))).Append("\n\n");
                    break;
                case BlockKind.Bullet:
                    md.Append("- ").Append(lead).Append(Escape(block.Text).Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
                    break;
                case BlockKind.Note:
                    md.Append('*').Append(Escape(OneLine(block.Text))).Append("*\n\n");
                    break;
                default:
                    md.Append(lead).Append(Escape(block.Text)).Append("\n\n");
                    break;
            }
        }
        return md.ToString().TrimEnd() + "\n";
    }

    public static byte[] Utf8(Document document) => Encoding.UTF8.GetBytes(Write(document));

    /// <summary>Backslash-escapes every ASCII punctuation character CommonMark could read as markup.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (@"\`*_{}[]()<>#+-.!|~".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }
            escaped.Append(c == '\n' ? "  \n" : c.ToString());
        }
        return escaped.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
