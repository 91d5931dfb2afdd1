using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Forms;

/// <summary>The whole form in one card; its values are checked again on the server.</summary>
public static class FormCard
{
    public static AdaptiveCard Build(FormCardView view, FormLabels labels)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(view.Title),
        };
        if (view.Preview)
        {
            body.Add(new TextBlock(labels.Preview) { Color = TextColor.Warning });
        }
        if (view.Intro.Length > 0)
        {
            body.Add(new TextBlock(view.Intro));
        }
        if (view.Note is { } note)
        {
            body.Add(new TextBlock(note) { IsSubtle = true });
        }
        if (view.Problems is { Count: > 0 } problems)
        {
            body.Add(new TextBlock(labels.CheckAnswers) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            body.AddRange(problems.Select(p => new TextBlock("• " + p) { Color = TextColor.Attention, Spacing = Spacing.None }));
        }
        var number = 0;
        foreach (var field in view.Fields)
        {
            number++;
            if (field.Condition is { } condition)
            {
                body.Add(new TextBlock("↳ " + condition) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
            }
            body.Add(Input(field, $"{number}. {field.Prompt}" + (field.Required ? "" : " " + labels.Optional), labels) with
            {
                Spacing = field.Condition is null ? null : Spacing.Small,
            });
        }
        IReadOnlyList<CardAction>? actions = view.Preview ? null :
            [CardVerb.Button(labels.SendAnswers, FormVerbs.SubmitAll, (FormVerbs.KindKey, view.Kind), (FormVerbs.FormKey, view.FormId)) with { Style = ActionStyle.Positive }];
        return new AdaptiveCard(body, actions) { FallbackText = view.Title };
    }

    private static CardInput Input(FormCardField field, string label, FormLabels labels)
    {
        var id = FormVerbs.InputId(field.Id);
        CardInput input = field.Input switch
        {
            FormInputKind.SingleChoice or FormInputKind.MultiChoice => new ChoiceSetInput(Numbered(field.Choices))
            {
                Style = field.Input == FormInputKind.MultiChoice || field.Choices.Count <= 4 ? ChoiceStyle.Expanded : ChoiceStyle.Compact,
                IsMultiSelect = field.Input == FormInputKind.MultiChoice ? true : null,
                Value = field.Value,
            },
            FormInputKind.Rating => new ChoiceSetInput([.. Enumerable.Range(1, 5).Select(i => new Choice(
                i switch { 1 => labels.RatingPoor, 5 => labels.RatingExcellent, _ => i.ToString(CultureInfo.InvariantCulture) }, i.ToString(CultureInfo.InvariantCulture)))])
            { Style = ChoiceStyle.Expanded, Value = field.Value },
            FormInputKind.YesNo => new ChoiceSetInput([new Choice(labels.Yes, "yes"), new Choice(labels.No, "no")]) { Style = ChoiceStyle.Expanded, Value = field.Value },
            FormInputKind.Date => new DateInput { Value = field.Value },
            FormInputKind.Number => new NumberInput
            {
                Min = field.Min,
                Max = field.Max,
                Value = double.TryParse(field.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
            },
            _ => new TextInput
            {
                Value = field.Value,
                IsMultiline = field.Input == FormInputKind.LongText ? true : null,
                MaxLength = field.MaxLength,
                Placeholder = field.Input == FormInputKind.Email ? "name@example.org" : null,
            },
        };
        // A question asked only on a condition cannot be required on the card: Adaptive Cards cannot hide it.
        var required = field.Required && field.Condition is null;
        return input with
        {
            Id = id,
            Label = label,
            IsRequired = required ? true : null,
            ErrorMessage = required ? labels.NeedsAnswer : null,
        };
    }

    private static List<Choice> Numbered(IReadOnlyList<string> choices) =>
        [.. choices.Select((c, i) => new Choice(c, (i + 1).ToString(CultureInfo.InvariantCulture)))];
}
