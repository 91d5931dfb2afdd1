using System.Globalization;
using CollabBot.Bot.Files;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Surveys;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Surveys;

/// <summary>
/// A survey's responses as a table (one row per respondent, one column per question), written by <see cref="TableFiles"/>.
/// Named surveys carry each respondent's user group. Anonymous surveys get neither names nor times ("Respondent 1",
/// "Respondent 2") nor a group per row: their groups come as a summary by group (a second sheet, or a second table under
/// the first in CSV) that shows only the groups <see cref="GroupPlan"/> allows (docs/decisions/0018).
/// </summary>
public sealed class SurveyExports(ISurveyStore store, IMemberStore members, SurveyGroups groups, IOptions<SurveyOptions> options) : IExporter
{
    public const string ByGroupSheet = "By group";

    public string Kind => ExportSurveyAction.Kind;

    public async Task<ExportedFile?> BuildAsync(string id, ExportFormat format, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } survey)
        {
            return null;
        }
        var (rows, byGroup) = await TablesAsync(survey, cancellationToken);
        List<(string, List<string[]>)> sheets = byGroup is null ? [("Responses", rows)] : [("Responses", rows), (ByGroupSheet, byGroup)];
        var file = format == ExportFormat.Csv
            ? new ExportFile($"{survey.Id}-results.csv", "text/csv; charset=utf-8", TableFiles.Csv(byGroup is null ? rows : [.. rows, [], [ByGroupSheet], .. byGroup]))
            : new ExportFile($"{survey.Id}-results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TableFiles.Xlsx(sheets));
        return new ExportedFile($"The responses to \"{survey.Title}\" as {(format == ExportFormat.Csv ? "CSV" : "an Excel workbook")}", "surveys/" + survey.Id,
            file, "press the export button on the results card again for a new one.");
    }

    public async Task<List<string[]>> RowsAsync(Survey survey, CancellationToken cancellationToken) => (await TablesAsync(survey, cancellationToken)).Rows;

    /// <summary>The responses, and for an anonymous survey the summary by group, from one read of the responses.</summary>
    public async Task<(List<string[]> Rows, List<string[]>? ByGroup)> TablesAsync(Survey survey, CancellationToken cancellationToken)
    {
        var header = new List<string> { "Respondent", "Status" };
        if (!survey.Anonymous)
        {
            header.AddRange(["Member id", "Last change (UTC)", "User group"]);
        }
        header.AddRange(survey.Questions.Select((q, i) => $"{i + 1}. {q.Prompt}"));
        var rows = new List<string[]> { header.ToArray() };
        var number = 0;
        var form = survey.AsForm();
        var tally = new GroupTally(survey);
        foreach (var stored in await store.ListResponsesAsync(survey.Id, cancellationToken))
        {
            tally.Add(stored);
            // A question not asked of this respondent is left empty, even if they answered it before changing an earlier answer.
            var response = stored with { Answers = form.ShownOnly(new FormAnswers(stored.Answers, stored.Complete)).Values };
            number++;
            var row = new List<string>();
            if (survey.Anonymous || response.Respondent is not { } who)
            {
                row.Add($"Respondent {number}");
                row.Add(response.Complete ? "complete" : "in progress");
                if (!survey.Anonymous)
                {
                    row.AddRange(["", "", response.UserGroup ?? ""]);
                }
            }
            else
            {
                var member = await members.FindAsync(who, cancellationToken);
                row.Add(member?.Name ?? "(unknown)");
                row.Add(response.Complete ? "complete" : "in progress");
                row.Add(who.ObjectId);
                row.Add(response.Updated.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                row.Add(response.UserGroup ?? "");
            }
            row.AddRange(survey.Questions.Select(q => response.Answers.TryGetValue(q.Id, out var a) && a.Length > 0
                ? (q.Type == FieldType.MultiChoice ? a.Replace(AnswerParser.MultiSeparator.ToString(), "; ", StringComparison.Ordinal) : a)
                : ""));
            rows.Add([.. row]);
        }
        return (rows, survey.Anonymous ? ByGroup(tally, GroupPlan.For(tally.Sizes, options.Value.GroupMinimum, groups)) : null);
    }

    /// <summary>One row per choice of each question broken down (how many chose it), one column per group shown; then why others are not.</summary>
    private static List<string[]> ByGroup(GroupTally tally, GroupPlan plan)
    {
        List<string[]> table =
        [
            ["Question", "Answer", .. plan.Columns.Select(c => c.Pooled
                ? $"{c.Label}: {string.Join(", ", c.Groups.Select(g => g ?? SurveyGroups.NoGroup))} ({c.Respondents} respondents)"
                : $"{c.Label} ({c.Respondents} respondents)")],
        ];
        foreach (var question in tally.Questions(plan))
        {
            table.AddRange(question.Rows.Select(row => (string[])[$"{question.Number}. {question.Prompt}", row.Label,
                .. row.Cells.Select(c => c.Value ?? c.Count.ToString(CultureInfo.InvariantCulture))]));
        }
        if (plan.Columns.Count == 0)
        {
            table.Add(["No group can be shown yet.", ""]);
        }
        table.AddRange(plan.Withheld.Select(line => (string[])["Not shown", line]));
        return table;
    }
}
