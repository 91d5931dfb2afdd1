using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <param name="Values">What was entered before (shown again when something was wrong), by input id.</param>
public sealed record SurveyAuthoringView(IReadOnlyList<string> UserGroups, IReadOnlyList<(string Name, string Title)> QuestionTypes,
    IReadOnlyDictionary<string, string>? Values = null, IReadOnlyList<string>? Problems = null);

/// <summary>Staff card: a short survey in one card (up to <see cref="Slots"/> questions); longer ones are imported.</summary>
public static class SurveyAuthoringCard
{
    public const string Heading = "Create a survey";
    public const string Verb = "survey.author";
    public const int Slots = 5;
    public const string TitleInput = "title";
    public const string IntroInput = "intro";
    public const string DeadlineInput = "deadline";
    public const string AnonymousInput = "anonymous";
    public const string AudienceInput = "audience";
    public const string ShareResultsInput = "shareResults";

    public static string QuestionInput(int slot, string part) => $"q{slot}_{part}";

    public static AdaptiveCard Build(SurveyAuthoringView view)
    {
        string? Value(string id) => view.Values?.GetValueOrDefault(id) is { Length: > 0 } v ? v : null;
        var body = new List<CardElement>
        {
            TextBlock.Heading(Heading),
            new TextBlock($"Up to {Slots} questions; leave a question's text empty to leave it out. For longer surveys use **import survey**. It is saved as a draft.") { IsSubtle = true },
        };
        if (view.Problems is { Count: > 0 } problems)
        {
            body.Add(new TextBlock("Please fix these:") { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            body.AddRange(problems.Select(p => new TextBlock("• " + p) { Color = TextColor.Attention, Spacing = Spacing.None }));
        }
        body.Add(new TextInput { Id = TitleInput, Label = "Title", IsRequired = true, ErrorMessage = "Give the survey a title.", MaxLength = 200, Value = Value(TitleInput) });
        body.Add(new TextInput { Id = IntroInput, Label = "Introduction (optional)", IsMultiline = true, MaxLength = 2000, Value = Value(IntroInput) });
        body.Add(new DateInput { Id = DeadlineInput, Label = "Closes at the end of (UTC, optional)", Value = Value(DeadlineInput) });
        body.Add(new ToggleInput("Anonymous: store answers without names") { Id = AnonymousInput, Value = Value(AnonymousInput) ?? "false" });
        body.Add(new ChoiceSetInput([.. view.UserGroups.Select(g => new Choice(g, g))])
        {
            Id = AudienceInput,
            Label = "Audience (none ticked: all members)",
            IsMultiSelect = true,
            Style = ChoiceStyle.Expanded,
            Value = Value(AudienceInput),
        });
        for (var slot = 1; slot <= Slots; slot++)
        {
            body.Add(new TextBlock($"Question {slot.ToString(CultureInfo.InvariantCulture)}") { Weight = TextWeight.Bolder, Separator = true });
            body.Add(new TextInput { Id = QuestionInput(slot, "text"), Label = "Question", MaxLength = 500, Value = Value(QuestionInput(slot, "text")) });
            body.Add(new ColumnSet(
            [
                new Column([new ChoiceSetInput([.. view.QuestionTypes.Select(t => new Choice(t.Title, t.Name))])
                {
                    Id = QuestionInput(slot, "type"),
                    Label = "Type",
                    Style = ChoiceStyle.Compact,
                    Value = Value(QuestionInput(slot, "type")) ?? view.QuestionTypes[0].Name,
                }]),
                new Column([new ToggleInput("Required") { Id = QuestionInput(slot, "required"), Value = Value(QuestionInput(slot, "required")) ?? "true" }], "auto")
                {
                    VerticalContentAlignment = VerticalAlignment.Bottom,
                },
            ]));
            body.Add(new TextInput
            {
                Id = QuestionInput(slot, "choices"),
                Label = "Choices (choice questions only, separated by ;)",
                Placeholder = "PATENTSCOPE; Global Brand Database; WIPO Inspire",
                Value = Value(QuestionInput(slot, "choices")),
            });
            if (slot > 1)
            {
                body.Add(new TextInput
                {
                    Id = QuestionInput(slot, "showif"),
                    Label = "Only if (optional): an earlier choice or yes-no question = the answers that show this one",
                    Placeholder = "q1 = PATENTSCOPE, WIPO Lex",
                    MaxLength = 500,
                    Value = Value(QuestionInput(slot, "showif")),
                });
            }
        }
        body.Add(new ChoiceSetInput(
        [
            new Choice("No", "no"),
            new Choice("After it closes", "afterClose"),
            new Choice("Live, as soon as they have answered", "live"),
        ])
        {
            Id = ShareResultsInput,
            Label = "Show the results to the members who answered (totals of the choice questions only)",
            Style = ChoiceStyle.Compact,
            Value = Value(ShareResultsInput) ?? "no",
            Separator = true,
        });
        return new AdaptiveCard(body, [CardVerb.Button("Save as draft", Verb) with { Style = ActionStyle.Positive }]) { FallbackText = Heading };
    }
}
