using System.Globalization;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Forms;

/// <summary>The form cards for a form and a member's answers, labelled in the turn's language.</summary>
public sealed class FormCards(AnswerParser parser, IStringLocalizer<FormTexts> texts)
{
    public AdaptiveCard Question(IFormOwner owner, FormDefinition form, int index, string? current)
    {
        var field = form.Fields[index];
        return QuestionCard.Build(new QuestionView(owner.Kind, form.Id, form.Title, field.Id, field.Prompt, InputKind(field.Type),
            field.Choices, index + 1, form.Fields.Count, field.Required, parser.Expectation(field),
            current is null ? null : parser.Display(field, current)), Labels);
    }

    public AdaptiveCard Continue(IFormOwner owner, FormDefinition form, int index) =>
        ContinueCard.Build(new ContinueView(owner.Kind, form.Id, form.Title, index + 1, form.Fields.Count), Labels);

    public AdaptiveCard Summary(IFormOwner owner, FormDefinition form, FormAnswers answers, bool canChange = true) =>
        FormSummaryCard.Build(new FormSummaryView(owner.Kind, form.Id, form.Title,
            [.. form.Fields.Select(f => (f.Prompt, parser.Display(f, answers[f.Id])))], answers.Complete, canChange, form.Note), Labels);

    /// <summary>The all-in-one card, filled with the stored answers (or what was just submitted).</summary>
    public AdaptiveCard AllInOne(IFormOwner owner, FormDefinition form, Func<FormField, string?> value,
        bool preview = false, IReadOnlyList<string>? problems = null) =>
        FormCard.Build(new FormCardView(owner.Kind, form.Id, form.Title, form.Intro,
            [.. form.Fields.Select(f => new FormCardField(f.Id, f.Prompt, InputKind(f.Type), f.Choices, f.Required)
            {
                Value = value(f),
                Min = f.Min,
                Max = f.Max,
                MaxLength = f.IsFreeText || f.Type == FieldType.Email ? f.MaxLength : null,
            })],
            preview, form.Note, problems), Labels);

    /// <summary>A stored answer in the form a card input holds it (choices by their 1-based number).</summary>
    public static string? CardValue(FormField field, string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }
        return field.Type switch
        {
            FieldType.SingleChoice or FieldType.MultiChoice => string.Join(",", stored.Split(AnswerParser.MultiSeparator)
                .Select(s => field.Choices.ToList().IndexOf(s)).Where(i => i >= 0).Select(i => (i + 1).ToString(CultureInfo.InvariantCulture))),
            _ => stored,
        };
    }

    public static FormInputKind InputKind(FieldType type) => Enum.Parse<FormInputKind>(type.ToString());

    private FormLabels Labels => FormTexts.Labels(texts);
}
