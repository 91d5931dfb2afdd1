using System.Security.Cryptography;
using System.Text;

namespace CollabBot.Bot.Storage;

/// <summary>
/// Makes any string safe as a PartitionKey or RowKey: letters, digits and "-_.:@" pass through; every other
/// character (including "/ \ # ?", control characters and "~" itself) becomes "~" and its UTF-8 bytes in hex.
/// Ids that are already safe stay readable; distinct values never share a key. Keys longer than the
/// service's limit are shortened with a hash.
/// </summary>
public static class TableKey
{
    private const int MaxLength = 512;

    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || "-_.:@".Contains((char)rune.Value)))
            {
                builder.Append((char)rune.Value);
                continue;
            }
            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                builder.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
        return builder.ToString(0, MaxLength - hash.Length - 1) + "~" + hash;
    }
}
