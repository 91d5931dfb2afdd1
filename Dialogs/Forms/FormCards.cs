using System.Globalization;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Forms;

/// <summary>The form cards for a form and a member's answers, labelled in the turn's language.</summary>
public sealed class FormCards(AnswerParser parser, IStringLocalizer<FormTexts> texts)
{
    /// <param name="number">The question's place among those asked (see <see cref="FormDefinition.Position"/>), of <paramref name="count"/>.</param>
    public AdaptiveCard Question(IFormOwner owner, FormDefinition form, int index, string? current, int number, int count)
    {
        var field = form.Fields[index];
        return QuestionCard.Build(new QuestionView(owner.Kind, form.Id, form.Title, field.Id, field.Prompt, InputKind(field.Type),
            field.Choices, number, count, field.Required, parser.Expectation(field),
            current is null ? null : parser.Display(field, current)), Labels);
    }

    public AdaptiveCard Continue(int number, int count, IFormOwner owner, FormDefinition form) =>
        ContinueCard.Build(new ContinueView(owner.Kind, form.Id, form.Title, number, count), Labels);

    /// <summary>What was recorded: the questions asked (a branch not taken is left out, with any answer given to it before).</summary>
    public AdaptiveCard Summary(IFormOwner owner, FormDefinition form, FormAnswers answers, bool canChange = true)
    {
        var states = form.States(answers);
        return FormSummaryCard.Build(new FormSummaryView(owner.Kind, form.Id, form.Title,
            [.. form.Fields.Where((_, i) => states[i] != Visibility.Hidden).Select(f => (f.Prompt, parser.Display(f, answers[f.Id])))],
            answers.Complete, canChange, form.Note), Labels);
    }

    /// <summary>A condition as the all-in-one card says it under its question: "Only if you chose PATENTSCOPE or WIPO Lex in question 1."</summary>
    public string? ConditionText(FormDefinition form, FormField field)
    {
        if (field.ShowIf is not { } condition || form.IndexOf(condition.FieldId) is var decider && decider < 0)
        {
            return null;
        }
        var on = form.Fields[decider];
        var values = condition.AnyOf.Select(v => on.Type == FieldType.YesNo ? parser.Display(on, v) : v).ToList();
        var joined = values.Count == 1 ? values[0] : $"{string.Join(", ", values.Take(values.Count - 1))} {texts["Or"]} {values[^1]}";
        return texts["OnlyIf", joined, decider + 1];
    }

    /// <summary>The all-in-one card, filled with the stored answers (or what was just submitted).</summary>
    public AdaptiveCard AllInOne(IFormOwner owner, FormDefinition form, Func<FormField, string?> value,
        bool preview = false, IReadOnlyList<string>? problems = null) =>
        FormCard.Build(new FormCardView(owner.Kind, form.Id, form.Title, form.Intro,
            [.. form.Fields.Select(f => new FormCardField(f.Id, f.Prompt, InputKind(f.Type), f.Choices, f.Required)
            {
                Condition = ConditionText(form, f),
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
