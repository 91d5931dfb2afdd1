using System.Globalization;
using System.Text;

namespace CollabBot.Dialogs.Conversation;

/// <summary>Normalises what people type so that "My  Surveys!" and "my surveys" match.</summary>
public static class Phrase
{
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }
}
