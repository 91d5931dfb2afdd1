using CollabBot.Cards.Model;

namespace CollabBot.Cards.Surveys;

/// <summary>Staff card: paste a survey definition (docs/survey-format.md); mistakes are listed with their lines.</summary>
public static class SurveyImportCard
{
    public const string Heading = "Import a survey";

    public static AdaptiveCard Build(SurveyImportView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(view.Heading ?? Heading),
            new TextBlock(view.Note ?? "Paste the survey definition (JSON, as described in docs/survey-format.md). It is saved as a draft: preview it, then open it."),
        };
        if (view.Refused is { } refused)
        {
            body.Add(new TextBlock(refused) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            body.AddRange((view.Problems ?? []).Select(p => new TextBlock("• " + p) { Color = TextColor.Attention, Spacing = Spacing.None }));
        }
        else if (view.Problems is { Count: > 0 } problems)
        {
            body.Add(new TextBlock($"The definition has {problems.Count} mistake{(problems.Count == 1 ? "" : "s")}:") { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            body.AddRange(problems.Select(p => new TextBlock("• " + p) { Color = TextColor.Attention, Spacing = Spacing.None }));
        }
        body.Add(new TextInput
        {
            Id = SurveyVerbs.DefinitionInput,
            Label = "Definition",
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = "Paste the definition first.",
            Value = view.Definition,
            Placeholder = "{ \"id\": \"round-table-2026\", \"title\": \"...\", \"questions\": [ ... ] }",
        });
        return new AdaptiveCard(body, [CardVerb.Button(view.Heading is null ? "Import" : "Save", SurveyVerbs.Import) with { Style = ActionStyle.Positive }]) { FallbackText = view.Heading ?? Heading };
    }
}
