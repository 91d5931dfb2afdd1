using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace CollabBot.Bot.Files;

/// <summary>
/// A table (a header row, then data rows) as CSV (RFC 4180 quoting, UTF-8 with a byte order mark for Excel) or as an
/// Excel workbook with MiniExcel (ClosedXML, the usual choice, crashes with the OpenXml 3.x served here). Text a
/// spreadsheet would run as a formula is kept as text.
/// </summary>
public static class TableFiles
{
    public static byte[] Csv(IEnumerable<string[]> rows)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    public static byte[] Xlsx(List<string[]> rows, string sheet) => Xlsx([(sheet, rows)]);

    /// <summary>A workbook of several sheets, each a table (a header row, then data rows; a short row is filled with empty cells).</summary>
    public static byte[] Xlsx(IReadOnlyList<(string Sheet, List<string[]> Rows)> sheets)
    {
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (sheet, rows) in sheets)
        {
            var header = rows[0];
            var data = rows.Skip(1).Select(r =>
            {
                var record = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    record[Unique(header, i)] = i < r.Length ? Defuse(r[i]) : null;
                }
                return record;
            }).ToList();
            if (data.Count == 0)
            {
                data.Add(header.Select((_, i) => Unique(header, i)).ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
            }
            workbook[sheet] = data;
        }
        using var stream = new MemoryStream();
        stream.SaveAs(workbook);
        return stream.ToArray();
    }

    // Two questions with the same text still need two columns.
    private static string Unique(string[] header, int index) =>
        header.Take(index).Contains(header[index], StringComparer.Ordinal) ? $"{header[index]} ({index + 1})" : header[index];

    /// <summary>RFC 4180: quote fields with commas, quotes or line breaks; double the quotes.</summary>
    public static string Quote(string value)
    {
        value = Defuse(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Free text that a spreadsheet would run as a formula is kept as text.</summary>
    private static string Defuse(string value) =>
        value.Length > 0 && "=+@\t\r".Contains(value[0], StringComparison.Ordinal)
        || (value.StartsWith('-') && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            ? "'" + value : value;
}
