using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Forms;

/// <summary>One question of a form, step by step: choices as buttons, or a hint to type the answer.</summary>
public static class QuestionCard
{
    /// <summary>More choices than this show as a list with a Next button (Teams shows about six buttons in a row).</summary>
    public const int MaxChoiceButtons = 6;

    public static AdaptiveCard Build(QuestionView view)
    {
        var body = new List<CardElement>
        {
            new TextBlock($"{view.Title} · question {view.Number} of {view.Count}") { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(view.Prompt + (view.Required ? "" : " *(optional)*")) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
        };
        if (view.CurrentAnswer is { } current)
        {
            body.Add(new TextBlock($"Your answer so far: {current}") { IsSubtle = true });
        }
        var answers = new List<CardAction>();
        switch (view.Input)
        {
            case FormInputKind.Rating:
                answers.AddRange(Enumerable.Range(1, 5).Select(i => Answer(view, i.ToString(CultureInfo.InvariantCulture), i.ToString(CultureInfo.InvariantCulture))));
                break;
            case FormInputKind.YesNo:
                answers.Add(Answer(view, "Yes", "yes"));
                answers.Add(Answer(view, "No", "no"));
                break;
            case FormInputKind.SingleChoice when view.Choices.Count <= MaxChoiceButtons:
                answers.AddRange(view.Choices.Select((c, i) => Answer(view, c, (i + 1).ToString(CultureInfo.InvariantCulture))));
                break;
            case FormInputKind.SingleChoice or FormInputKind.MultiChoice:
                body.Add(new ChoiceSetInput([.. view.Choices.Select((c, i) => new Choice(c, (i + 1).ToString(CultureInfo.InvariantCulture)))])
                {
                    Id = FormVerbs.AnswerInput,
                    Label = view.Input == FormInputKind.MultiChoice ? "Choose one or more" : "Choose one",
                    Style = view.Input == FormInputKind.MultiChoice ? ChoiceStyle.Expanded : ChoiceStyle.Compact,
                    IsMultiSelect = view.Input == FormInputKind.MultiChoice ? true : null,
                    IsRequired = true,
                    ErrorMessage = "Choose at least one.",
                });
                answers.Add(CardVerb.Button("Next", FormVerbs.Answer, Keys(view)) with { Style = ActionStyle.Positive });
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
            controls.Add(Control(view, "Back", "back"));
        }
        if (!view.Required)
        {
            controls.Add(Control(view, "Skip", "skip"));
        }
        controls.Add(Control(view, "Later", "later"));
        controls.Add(Control(view, "Cancel", "cancel"));
        return new AdaptiveCard(body, controls) { FallbackText = $"Question {view.Number} of {view.Count}: {view.Prompt}" };
    }

    private static (string, string)[] Keys(QuestionView view) =>
        [(FormVerbs.KindKey, view.Kind), (FormVerbs.FormKey, view.FormId), (FormVerbs.FieldKey, view.FieldId)];

    private static SubmitAction Answer(QuestionView view, string title, string value) =>
        CardVerb.Button(title, FormVerbs.Answer, [.. Keys(view), (FormVerbs.ValueKey, value)]) with { AssociatedInputs = "none" };

    private static SubmitAction Control(QuestionView view, string title, string control) =>
        CardVerb.Button(title, FormVerbs.Control, [.. Keys(view), (FormVerbs.ControlKey, control)]) with { AssociatedInputs = "none" };
}
