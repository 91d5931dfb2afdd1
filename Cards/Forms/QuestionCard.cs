using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Forms;

/// <summary>One question of a form, step by step: choices as buttons, or a hint to type the answer.</summary>
public static class QuestionCard
{
    /// <summary>More choices than this show as a list with a Next button (Teams shows about six buttons in a row).</summary>
    public const int MaxChoiceButtons = 6;

    public static AdaptiveCard Build(QuestionView view, FormLabels labels)
    {
        var position = string.Format(CultureInfo.InvariantCulture, labels.QuestionOf, view.Number, view.Count);
        var body = new List<CardElement>
        {
            new TextBlock($"{view.Title} · {position}") { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(view.Prompt + (view.Required ? "" : $" *{labels.Optional}*")) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
        };
        if (view.CurrentAnswer is { } current)
        {
            body.Add(new TextBlock(string.Format(CultureInfo.InvariantCulture, labels.AnswerSoFar, current)) { IsSubtle = true });
        }
        var answers = new List<CardAction>();
        switch (view.Input)
        {
            case FormInputKind.Rating:
                answers.AddRange(Enumerable.Range(1, 5).Select(i => Answer(view, i.ToString(CultureInfo.InvariantCulture), i.ToString(CultureInfo.InvariantCulture))));
                break;
            case FormInputKind.YesNo:
                answers.Add(Answer(view, labels.Yes, "yes"));
                answers.Add(Answer(view, labels.No, "no"));
                break;
            case FormInputKind.SingleChoice when view.Choices.Count <= MaxChoiceButtons:
                answers.AddRange(view.Choices.Select((c, i) => Answer(view, c, (i + 1).ToString(CultureInfo.InvariantCulture))));
                break;
            case FormInputKind.SingleChoice or FormInputKind.MultiChoice:
                body.Add(new ChoiceSetInput([.. view.Choices.Select((c, i) => new Choice(c, (i + 1).ToString(CultureInfo.InvariantCulture)))])
                {
                    Id = FormVerbs.AnswerInput,
                    Label = view.Input == FormInputKind.MultiChoice ? labels.ChooseSeveral : labels.ChooseOne,
                    Style = view.Input == FormInputKind.MultiChoice ? ChoiceStyle.Expanded : ChoiceStyle.Compact,
                    IsMultiSelect = view.Input == FormInputKind.MultiChoice ? true : null,
                    IsRequired = true,
                    ErrorMessage = labels.ChooseAtLeastOne,
                });
                answers.Add(CardVerb.Button(labels.Next, FormVerbs.Answer, Keys(view)) with { Style = ActionStyle.Positive });
                break;
            default:
                body.Add(new TextBlock(view.Hint) { IsSubtle = true });
                break;
        }
        if (view.Input is FormInputKind.Rating or FormInputKind.YesNo or FormInputKind.SingleChoice)
        {
            body.Add(new TextBlock(view.Hint) { IsSubtle = true, Size = TextSize.Small });
        }
        if (answers.Count > 0)
        {
            body.Add(new ActionSet(answers));
        }
        var controls = new List<CardAction>();
        if (view.Number > 1)
        {
            controls.Add(Control(view, labels.Back, "back"));
        }
        if (!view.Required)
        {
            controls.Add(Control(view, labels.Skip, "skip"));
        }
        controls.Add(Control(view, labels.Later, "later"));
        controls.Add(Control(view, labels.Cancel, "cancel"));
        return new AdaptiveCard(body, controls) { FallbackText = $"{position} · {view.Prompt}" };
    }

    private static (string, string)[] Keys(QuestionView view) =>
        [(FormVerbs.KindKey, view.Kind), (FormVerbs.FormKey, view.FormId), (FormVerbs.FieldKey, view.FieldId)];

    private static SubmitAction Answer(QuestionView view, string title, string value) =>
        CardVerb.Button(title, FormVerbs.Answer, [.. Keys(view), (FormVerbs.ValueKey, value)]) with { AssociatedInputs = "none" };

    private static SubmitAction Control(QuestionView view, string title, string control) =>
        CardVerb.Button(title, FormVerbs.Control, [.. Keys(view), (FormVerbs.ControlKey, control)]) with { AssociatedInputs = "none" };
}
