using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Consultations;

/// <summary>One group asked: who represents it now, and its answer once given.</summary>
public sealed record GroupColumn(string Group, IReadOnlyList<string> Representatives, string? AnsweredBy = null, string? AnsweredAt = null, string? Answer = null);

/// <param name="Status">"Open until 2026-12-01 17:00 UTC", "Closed 2026-12-01 17:00 UTC".</param>
/// <param name="Note">What was just done ("Sent to 3 representatives."), shown in green.</param>
public sealed record StaffConsultationView(int Number, string Title, string Text, string Status, bool Open, IReadOnlyList<GroupColumn> Groups,
    string? Note = null);

/// <summary>
/// Staff's card of a consultation: the initiative, and for each group asked, side by side, its representatives and its answer
/// (or that it has none yet); refresh, close early, export the answers.
/// </summary>
public static class StaffConsultationCard
{
    /// <summary>Groups per row: Teams shows three columns side by side even on a narrow window.</summary>
    public const int PerRow = 3;

    public static AdaptiveCard Build(StaffConsultationView view)
    {
        var id = "C" + view.Number.ToString(CultureInfo.InvariantCulture);
        var number = (ConsultationVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture));
        var answered = view.Groups.Count(g => g.Answer is not null);
        var body = new List<CardElement>
        {
            TextBlock.Heading($"{id}: {view.Title}"),
            new TextBlock(view.Status) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (view.Note is { } note)
        {
            body.Add(new TextBlock(note) { Color = TextColor.Good });
        }
        body.Add(new Container([new TextBlock(view.Text)]) { Style = ContainerStyle.Emphasis });
        body.Add(new TextBlock($"**Answers: {answered.ToString(CultureInfo.InvariantCulture)} of {view.Groups.Count.ToString(CultureInfo.InvariantCulture)} " +
            $"group{(view.Groups.Count == 1 ? "" : "s")}**")
        { Separator = true });
        foreach (var row in view.Groups.Chunk(PerRow))
        {
            body.Add(new ColumnSet([.. row.Select(Column)]) { Separator = true });
        }
        var actions = new List<CardAction> { Button("Refresh", ConsultationVerbs.Status, number) };
        if (view.Open)
        {
            actions.Add(Button("Close now", ConsultationVerbs.Close, number) with { Style = ActionStyle.Destructive });
        }
        actions.Add(new ShowCardAction("Export the answers", new AdaptiveCard(
        [
            new TextBlock("One row per group asked: its answer, who gave it and when."),
            new ActionSet([Button("CSV", ConsultationVerbs.Export, number, (ConsultationVerbs.FormatKey, "csv")),
                Button("Excel", ConsultationVerbs.Export, number, (ConsultationVerbs.FormatKey, "xlsx"))]),
        ])
        { Msteams = null }));
        return new AdaptiveCard(body, actions) { FallbackText = $"{id}: {view.Title}" };
    }

    private static Column Column(GroupColumn group)
    {
        var items = new List<CardElement>
        {
            new TextBlock($"**{group.Group}**"),
            group.Representatives.Count == 0
                ? new TextBlock("No confirmed representative") { Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.None }
                : new TextBlock("Represented by " + string.Join(", ", group.Representatives)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (group.Answer is { } answer)
        {
            items.Add(new TextBlock($"Answered by {group.AnsweredBy}, {group.AnsweredAt}") { Color = TextColor.Good, Size = TextSize.Small });
            items.Add(new TextBlock(answer));
        }
        else
        {
            items.Add(new TextBlock("Not answered yet") { IsSubtle = true });
        }
        return new Column(items) { Style = ContainerStyle.Emphasis };
    }

    private static SubmitAction Button(string title, string verb, params (string, string)[] keys) =>
        CardVerb.Button(title, verb, keys) with { AssociatedInputs = "none" };
}
