using CollabBot.Cards.Model;

namespace CollabBot.Cards.Forms;

/// <summary>Confirms what was recorded; while the form is open the answers can still be changed.</summary>
public static class FormSummaryCard
{
    public static AdaptiveCard Build(FormSummaryView view, FormLabels labels)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(view.Title),
            new TextBlock(view.Complete ? labels.Recorded : labels.AnswersSoFar) { Color = view.Complete ? TextColor.Good : TextColor.Default },
            new FactSet([.. view.Answers.Select(a => new Fact(a.Prompt, a.Answer))]),
        };
        if (view.Note is { } note)
        {
            body.Add(new TextBlock(note) { IsSubtle = true });
        }
        IReadOnlyList<CardAction>? actions = view.CanChange
            ? [CardVerb.Button(labels.ChangeAnswers, FormVerbs.OpenCard, (FormVerbs.KindKey, view.Kind), (FormVerbs.FormKey, view.FormId)) with { AssociatedInputs = "none" }]
            : null;
        return new AdaptiveCard(body, actions) { FallbackText = view.Complete ? labels.Recorded : view.Title };
    }
}
