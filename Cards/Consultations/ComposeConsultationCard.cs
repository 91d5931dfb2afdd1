using CollabBot.Cards.Model;

namespace CollabBot.Cards.Consultations;

/// <summary>What the composer shows: what was typed (when shown again with a problem), the groups, and who represents each now.</summary>
/// <param name="Representatives">Per group offered: its confirmed representatives now ("Ada Lovelace, Bob Builder", or "none").</param>
public sealed record ComposeConsultationView(string? Title, string? Text, string? Date, string? Time, IReadOnlyList<string> Groups,
    IReadOnlyList<Choice> GroupChoices, IReadOnlyList<Fact> Representatives, string? Problem);

/// <summary>Staff ask the user groups' representatives for an opinion: a title, a short text, a deadline (UTC) and the groups asked.</summary>
public static class ComposeConsultationCard
{
    public const string Heading = "New consultation";
    public const int MaxTitle = 200;
    public const int MaxText = 3000;

    public static AdaptiveCard Build(ComposeConsultationView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(Heading),
            new TextBlock("Ask the confirmed representatives of user groups for their group's opinion on a planned initiative. Each group answers once, " +
                "by the deadline; you see the answers side by side.") { IsSubtle = true },
        };
        if (view.Problem is { } problem)
        {
            body.Add(new TextBlock(problem) { Color = TextColor.Attention });
        }
        body.Add(new TextInput
        {
            Id = ConsultationVerbs.TitleInput,
            Label = "Title",
            Value = view.Title,
            MaxLength = MaxTitle,
            IsRequired = true,
            ErrorMessage = "A title is needed.",
        });
        body.Add(new TextInput
        {
            Id = ConsultationVerbs.TextInput,
            Label = "The planned initiative (a short text)",
            Value = view.Text,
            IsMultiline = true,
            MaxLength = MaxText,
            IsRequired = true,
            ErrorMessage = "The text is needed.",
        });
        body.Add(new ColumnSet(
        [
            new Column([new DateInput { Id = ConsultationVerbs.DateInput, Label = "Deadline (UTC)", Value = view.Date, IsRequired = true, ErrorMessage = "A date is needed." }]),
            new Column([new TimeInput { Id = ConsultationVerbs.TimeInput, Label = "at (UTC)", Value = view.Time, IsRequired = true, ErrorMessage = "A time is needed." }]),
        ]));
        if (view.GroupChoices.Count > 0)
        {
            body.Add(new ChoiceSetInput(view.GroupChoices)
            {
                Id = ConsultationVerbs.GroupsInput,
                Label = "User groups asked",
                IsMultiSelect = true,
                Style = ChoiceStyle.Expanded,
                Value = view.Groups.Count > 0 ? string.Join(",", view.Groups) : null,
                IsRequired = true,
                ErrorMessage = "Choose at least one user group.",
            });
        }
        if (view.Representatives.Count > 0)
        {
            body.Add(new TextBlock("**Confirmed representatives now**") { Separator = true });
            body.Add(new FactSet(view.Representatives));
        }
        return new AdaptiveCard(body, [CardVerb.Button("Send to the representatives", ConsultationVerbs.Send) with { Style = ActionStyle.Positive }])
        {
            FallbackText = Heading,
        };
    }
}
