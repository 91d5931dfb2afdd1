using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Newsletters;

/// <param name="Member">The newsletter as members in <paramref name="Language"/> will see it (buttons in preview mode).</param>
/// <param name="Languages">The languages it has a version in ("en", "fr"...).</param>
/// <param name="Reach">How many people the chosen audience reaches now (those who declined newsletters left out).</param>
/// <param name="Counts">Once sent: delivered, pending, failed, unreachable, read, helpful, replies.</param>
public sealed record StaffNewsletterView(int Number, string Title, string Status, bool Draft, bool Scheduled, bool Sent, bool Sending, AdaptiveCard Member,
    string Language, IReadOnlyList<string> Languages, string Audience, IReadOnlyList<string> Groups, IReadOnlyList<Choice> GroupChoices, int Reach,
    IReadOnlyList<Fact> Counts, string? Problem);

/// <summary>
/// Staff's card for one newsletter: the preview in each language it has, who it will reach and how many, send now or
/// at a set minute, cancel, edit (after sending: correct every copy in place), duplicate; once sent, its delivery and
/// engagement totals and the export of delivery outcomes.
/// </summary>
public static class StaffNewsletterCard
{
    public static readonly IReadOnlyList<Choice> AudienceChoices =
    [
        new("All members", "all"), new("Chosen user groups", "groups"), new("Followers of the products it concerns", "followers"), new("Staff only", "staff"),
    ];

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["en"] = "English",
        ["fr"] = "Français",
        ["es"] = "Español",
        ["de"] = "Deutsch",
    };

    public static AdaptiveCard Build(StaffNewsletterView view)
    {
        var number = (NewsletterVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture));
        var body = new List<CardElement>
        {
            TextBlock.Heading($"NL{view.Number.ToString(CultureInfo.InvariantCulture)}: {view.Title}"),
            new TextBlock(view.Status) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (view.Problem is { } problem)
        {
            body.Add(new TextBlock(problem) { Color = TextColor.Attention });
        }
        if (view.Counts.Count > 0)
        {
            body.Add(new FactSet(view.Counts));
        }
        body.Add(new TextBlock($"**Preview ({LanguageNames.GetValueOrDefault(view.Language, view.Language)})**") { Separator = true });
        body.Add(new Container([.. view.Member.Body, new ActionSet(view.Member.Actions ?? [])]) { Style = ContainerStyle.Emphasis });
        if (view.Languages.Count > 1)
        {
            body.Add(new ActionSet([.. view.Languages.Where(l => l != view.Language).Select(l =>
                CardVerb.Button($"Preview: {LanguageNames.GetValueOrDefault(l, l)}", NewsletterVerbs.Preview, number, (NewsletterVerbs.LanguageKey, l))
                    with { AssociatedInputs = "none" })]));
        }
        if (view.Draft || view.Scheduled)
        {
            body.AddRange(AudienceInputs(view, number));
            body.AddRange(ScheduleInputs(view, number));
        }
        return new AdaptiveCard(body, Actions(view, number)) { FallbackText = $"NL{view.Number}: {view.Title}" };
    }

    private static IEnumerable<CardElement> AudienceInputs(StaffNewsletterView view, (string, string) number)
    {
        yield return new ChoiceSetInput(AudienceChoices)
        {
            Id = NewsletterVerbs.AudienceInput,
            Label = "Who gets it",
            Value = view.Audience,
            Style = ChoiceStyle.Expanded,
            Separator = true,
        };
        if (view.GroupChoices.Count > 0)
        {
            yield return new ChoiceSetInput(view.GroupChoices)
            {
                Id = NewsletterVerbs.GroupsInput,
                Label = "User groups (when chosen above)",
                IsMultiSelect = true,
                Style = ChoiceStyle.Filtered,
                Value = view.Groups.Count > 0 ? string.Join(",", view.Groups) : null,
            };
        }
        yield return new ColumnSet(
        [
            new Column([new TextBlock($"It will reach **{view.Reach.ToString("N0", CultureInfo.InvariantCulture)}** {(view.Reach == 1 ? "person" : "people")}.")], "stretch")
            {
                VerticalContentAlignment = VerticalAlignment.Center,
            },
            new Column([new ActionSet([CardVerb.Button("Update the count", NewsletterVerbs.Audience, number)])], "auto"),
        ]);
    }

    private static IEnumerable<CardElement> ScheduleInputs(StaffNewsletterView view, (string, string) number)
    {
        yield return new ColumnSet(
        [
            new Column([new DateInput { Id = NewsletterVerbs.DateInput, Label = "Send on (UTC)" }]),
            new Column([new TimeInput { Id = NewsletterVerbs.TimeInput, Label = "at (UTC)" }]),
            new Column([new ActionSet([CardVerb.Button(view.Scheduled ? "Move" : "Schedule", NewsletterVerbs.Schedule, number)])], "auto")
            {
                VerticalContentAlignment = VerticalAlignment.Bottom,
            },
        ])
        { Separator = true };
    }

    private static List<CardAction> Actions(StaffNewsletterView view, (string, string) number)
    {
        SubmitAction Button(string title, string verb, params (string, string)[] more) =>
            CardVerb.Button(title, verb, [number, .. more]) with { AssociatedInputs = "none" };
        var actions = new List<CardAction>();
        if (view.Draft || view.Scheduled)
        {
            actions.Add(CardVerb.Button("Send now", NewsletterVerbs.SendNow, number) with { Style = ActionStyle.Positive });
            actions.Add(Button("Edit", NewsletterVerbs.Edit));
        }
        if (view.Scheduled || view.Sending)
        {
            actions.Add(Button(view.Sending ? "Stop sending" : "Cancel the schedule", NewsletterVerbs.Cancel) with { Style = ActionStyle.Destructive });
        }
        if (view.Sent)
        {
            actions.Add(Button("Correct it", NewsletterVerbs.Edit));
            actions.Add(Button("Refresh", NewsletterVerbs.Status));
            actions.Add(new ShowCardAction("Export outcomes", new AdaptiveCard(
            [
                new TextBlock("Each recipient's delivery outcome; reads and votes stay totals."),
                new ActionSet([Button("CSV", NewsletterVerbs.Export, (NewsletterVerbs.FormatKey, "csv")),
                    Button("Excel", NewsletterVerbs.Export, (NewsletterVerbs.FormatKey, "xlsx"))]),
            ])
            { Msteams = null }));
        }
        actions.Add(Button("Duplicate", NewsletterVerbs.Duplicate));
        return actions;
    }
}
