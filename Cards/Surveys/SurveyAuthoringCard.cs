using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <param name="Values">What was entered before (shown again when something was wrong), or a draft's, by input id.</param>
/// <param name="Products">The products whose followers can be invited: id and name.</param>
/// <param name="SurveyId">The draft being edited: saving replaces it (same id) rather than making a new one.</param>
public sealed record SurveyAuthoringView(IReadOnlyList<string> UserGroups, IReadOnlyList<(string Name, string Title)> QuestionTypes,
    IReadOnlyDictionary<string, string>? Values = null, IReadOnlyList<string>? Problems = null,
    IReadOnlyList<(string Id, string Name)>? Products = null, string? SurveyId = null);

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
    public const string OpensDateInput = "opensDate";
    public const string OpensTimeInput = "opensTime";
    public const string CloseAfterInput = "closeAfter";
    public const string AudienceKindInput = "audienceKind";
    public const string ProductsInput = "products";
    public const string MembersInput = "members";

    /// <summary>The audience kinds, as the card's choice sends them.</summary>
    public const string AllMembers = "all";
    public const string Groups = "groups";
    public const string Followers = "followers";
    public const string NamedMembers = "members";
    public const string ShareResultsInput = "shareResults";

    public static string QuestionInput(int slot, string part) => $"q{slot}_{part}";

    public static AdaptiveCard Build(SurveyAuthoringView view)
    {
        string? Value(string id) => view.Values?.GetValueOrDefault(id) is { Length: > 0 } v ? v : null;
        var body = new List<CardElement>
        {
            TextBlock.Heading(view.SurveyId is null ? Heading : "Edit a draft survey"),
            new TextBlock(view.SurveyId is { } id
                ? $"Draft **{id}**: saving replaces it (same id). Up to {Slots} questions; leave a question's text empty to leave it out."
                : $"Up to {Slots} questions; leave a question's text empty to leave it out. For longer surveys use **import survey**. It is saved as a draft.") { IsSubtle = true },
        };
        if (view.Problems is { Count: > 0 } problems)
        {
            body.Add(new TextBlock("Please fix these:") { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            body.AddRange(problems.Select(p => new TextBlock("• " + p) { Color = TextColor.Attention, Spacing = Spacing.None }));
        }
        body.Add(new TextInput { Id = TitleInput, Label = "Title", IsRequired = true, ErrorMessage = "Give the survey a title.", MaxLength = 200, Value = Value(TitleInput) });
        body.Add(new TextInput { Id = IntroInput, Label = "Introduction (optional)", IsMultiline = true, MaxLength = 2000, Value = Value(IntroInput) });
        body.Add(new DateInput { Id = DeadlineInput, Label = "Closes at the end of (UTC, optional)", Value = Value(DeadlineInput) });
        body.Add(new ColumnSet(
        [
            new Column([new DateInput { Id = OpensDateInput, Label = "Opens by itself on (UTC, optional)", Value = Value(OpensDateInput) }]),
            new Column([new TimeInput { Id = OpensTimeInput, Label = "at (UTC)", Value = Value(OpensTimeInput) }]),
        ]));
        body.Add(new NumberInput
        {
            Id = CloseAfterInput,
            Label = "Close after this many responses (optional)",
            Min = 1,
            Max = 1_000_000,
            Value = double.TryParse(Value(CloseAfterInput), NumberStyles.Float, CultureInfo.InvariantCulture, out var limit) ? limit : null,
        });
        body.Add(new ToggleInput("Anonymous: store answers without names") { Id = AnonymousInput, Value = Value(AnonymousInput) ?? "false" });
        body.AddRange(Audience(view, Value));
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
        var save = view.SurveyId is { } draft ? CardVerb.Button("Save the draft", Verb, (SurveyVerbs.SurveyKey, draft)) : CardVerb.Button("Save as draft", Verb);
        return new AdaptiveCard(body, [save with { Style = ActionStyle.Positive }]) { FallbackText = Heading };
    }

    /// <summary>Whom to invite (a kind), and the groups, products or members it takes: Adaptive Cards cannot hide the others, so each says its kind.</summary>
    private static IEnumerable<CardElement> Audience(SurveyAuthoringView view, Func<string, string?> value)
    {
        var kind = value(AudienceKindInput) ?? (value(AudienceInput) is null ? AllMembers : Groups);
        yield return new ChoiceSetInput(
        [
            new Choice("All members", AllMembers),
            new Choice("Members of the user groups ticked below", Groups),
            new Choice("Followers of the products ticked below", Followers),
            new Choice("The members named below", NamedMembers),
        ])
        {
            Id = AudienceKindInput,
            Label = "Audience",
            Style = ChoiceStyle.Compact,
            Value = kind,
        };
        yield return new ChoiceSetInput([.. view.UserGroups.Select(g => new Choice(g, g))])
        {
            Id = AudienceInput,
            Label = "User groups",
            IsMultiSelect = true,
            Style = ChoiceStyle.Expanded,
            Value = value(AudienceInput),
        };
        if (view.Products is { Count: > 0 } products)
        {
            yield return new ChoiceSetInput([.. products.Select(p => new Choice(p.Name, p.Id))])
            {
                Id = ProductsInput,
                Label = "Products (their followers)",
                IsMultiSelect = true,
                Style = ChoiceStyle.Filtered,
                Value = value(ProductsInput),
            };
        }
        yield return new TextInput
        {
            Id = MembersInput,
            Label = "Members by e-mail address, separated by commas or new lines",
            IsMultiline = true,
            Placeholder = "ada@example.org, bob@example.org",
            Value = value(MembersInput),
        };
    }
}
