using System.Globalization;

namespace CollabBot.Cards.Surveys;

/// <summary>Every question with choices (and number questions' averages), counted per user group side by side.</summary>
/// <param name="Columns">The groups shown, in order; pooled small groups are one column.</param>
/// <param name="Withheld">Why a group is not shown on its own ("PDG: fewer than 5 respondents, not shown."), one line each.</param>
/// <param name="Questions">The questions of this part of the card.</param>
public sealed record GroupBreakdown(IReadOnlyList<GroupColumn> Columns, IReadOnlyList<string> Withheld, IReadOnlyList<GroupQuestion> Questions);

/// <param name="Label">The group's name, "No confirmed group", or "Other groups" for the pooled ones.</param>
/// <param name="Groups">The groups it counts: the one, or those pooled.</param>
public sealed record GroupColumn(string Label, int Respondents, IReadOnlyList<string> Groups);

public sealed record GroupQuestion(int Number, string Prompt, IReadOnlyList<GroupRow> Rows);

/// <param name="Cells">One per column of <see cref="GroupBreakdown.Columns"/>.</param>
public sealed record GroupRow(string Label, IReadOnlyList<GroupCell> Cells);

/// <summary>How many of a group's respondents who answered the question chose this; or a figure shown as it is (an average, how many answered).</summary>
public sealed record GroupCell(int Count, int Answered, string? Value = null)
{
    public string Text => Value ?? (Answered == 0 ? "–" : $"{Count.ToString(CultureInfo.InvariantCulture)} ({Math.Round(100.0 * Count / Answered).ToString(CultureInfo.InvariantCulture)}%)");
}
