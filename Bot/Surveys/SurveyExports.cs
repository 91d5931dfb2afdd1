using System.Globalization;
using CollabBot.Bot.Files;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Surveys;

namespace CollabBot.Bot.Surveys;

/// <summary>
/// A survey's responses as a table (one row per respondent, one column per question), written by <see cref="TableFiles"/>.
/// Anonymous surveys get neither names nor times: "Respondent 1", "Respondent 2".
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
            ? new ExportFile($"{survey.Id}-results.csv", "text/csv; charset=utf-8", TableFiles.Csv(rows))
            : new ExportFile($"{survey.Id}-results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TableFiles.Xlsx(rows, "Responses"));
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
        var form = survey.AsForm();
        foreach (var stored in await store.ListResponsesAsync(survey.Id, cancellationToken))
        {
            // A question not asked of this respondent is left empty, even if they answered it before changing an earlier answer.
            var response = stored with { Answers = form.ShownOnly(new FormAnswers(stored.Answers, stored.Complete)).Values };
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
}
