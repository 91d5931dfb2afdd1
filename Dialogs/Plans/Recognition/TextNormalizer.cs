using System.Globalization;
using System.Text;

namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>
/// Lower-cases, strips accents, turns every non letter/digit (punctuation, apostrophes, hyphens)
/// into a space and collapses spaces, so "Qu'est-ce qui est prévu ?" becomes "qu est ce qui est prevu".
/// Cue phrases and aliases go through the same function, which keeps both sides consistent.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            AppendFolded(sb, char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    public static string[] Tokenize(string text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // Letters that FormD does not decompose into base letter + mark.
    private static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case 'ß': sb.Append("ss"); break;
            case 'æ': sb.Append("ae"); break;
            case 'œ': sb.Append("oe"); break;
            case 'ø': sb.Append('o'); break;
            case 'ł': sb.Append('l'); break;
            case 'đ': sb.Append('d'); break;
            case 'ı': sb.Append('i'); break;
            default: sb.Append(c); break;
        }
    }
}
