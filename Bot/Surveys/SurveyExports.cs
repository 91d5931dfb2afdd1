using System.Globalization;
using System.Text;
using CollabBot.Bot.Files;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Surveys;
using MiniExcelLibs;

namespace CollabBot.Bot.Surveys;

/// <summary>
/// A survey's responses as a table (one row per respondent, one column per question), written as CSV
/// (RFC 4180 quoting) or as an Excel workbook with MiniExcel (ClosedXML, the usual choice, crashes with the
/// OpenXml 3.x served here). Anonymous surveys get neither names nor times: "Respondent 1", "Respondent 2".
/// </summary>
public sealed class SurveyExports(ISurveyStore store, IMemberStore members) : IExporter
{
    public string Kind => ExportSurveyAction.Kind;

    public async Task<ExportedFile?> BuildAsync(string id, ExportFormat format, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } survey)
        {
            return null;
        }
        var rows = await RowsAsync(survey, cancellationToken);
        var file = format == ExportFormat.Csv
            ? new ExportFile($"{survey.Id}-results.csv", "text/csv; charset=utf-8", Csv(rows))
            : new ExportFile($"{survey.Id}-results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Xlsx(rows));
        return new ExportedFile($"The responses to \"{survey.Title}\" as {(format == ExportFormat.Csv ? "CSV" : "an Excel workbook")}", "surveys/" + survey.Id,
            file, "press the export button on the results card again for a new one.");
    }

    public async Task<List<string[]>> RowsAsync(Survey survey, CancellationToken cancellationToken)
    {
        var header = new List<string> { "Respondent", "Status" };
        if (!survey.Anonymous)
        {
            header.AddRange(["Member id", "Last change (UTC)"]);
        }
        header.AddRange(survey.Questions.Select((q, i) => $"{i + 1}. {q.Prompt}"));
        var rows = new List<string[]> { header.ToArray() };
        var number = 0;
        foreach (var response in await store.ListResponsesAsync(survey.Id, cancellationToken))
        {
            number++;
            var row = new List<string>();
            if (survey.Anonymous || response.Respondent is not { } who)
            {
                row.Add($"Respondent {number}");
                row.Add(response.Complete ? "complete" : "in progress");
            }
            else
            {
                var member = await members.FindAsync(who, cancellationToken);
                row.Add(member?.Name ?? "(unknown)");
                row.Add(response.Complete ? "complete" : "in progress");
                row.Add(who.ObjectId);
                row.Add(response.Updated.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }
            row.AddRange(survey.Questions.Select(q => response.Answers.TryGetValue(q.Id, out var a) && a.Length > 0
                ? (q.Type == FieldType.MultiChoice ? a.Replace(AnswerParser.MultiSeparator.ToString(), "; ", StringComparison.Ordinal) : a)
                : ""));
            rows.Add([.. row]);
        }
        return rows;
    }

    public static byte[] Csv(IEnumerable<string[]> rows)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    public static byte[] Xlsx(List<string[]> rows)
    {
        var header = rows[0];
        var data = rows.Skip(1).Select(r =>
        {
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                record[Unique(header, i)] = Defuse(r[i]);
            }
            return record;
        }).ToList();
        if (data.Count == 0)
        {
            data.Add(header.Select((_, i) => Unique(header, i)).ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
        }
        using var stream = new MemoryStream();
        stream.SaveAs(data, sheetName: "Responses");
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
