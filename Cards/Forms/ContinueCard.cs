using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Forms;

/// <summary>"Continue?" after an interruption or "later".</summary>
public static class ContinueCard
{
    public static AdaptiveCard Build(ContinueView view, FormLabels labels)
    {
        var question = string.Format(CultureInfo.InvariantCulture, labels.ContinueQuestion, view.Title, view.Number, view.Count);
        return new(
            [
                new TextBlock(question),
                new TextBlock(labels.ContinueHint) { IsSubtle = true, Size = TextSize.Small },
            ],
            [
                CardVerb.Button(labels.Continue, FormVerbs.Start, (FormVerbs.KindKey, view.Kind), (FormVerbs.FormKey, view.FormId)) with { Style = ActionStyle.Positive, AssociatedInputs = "none" },
                CardVerb.Button(labels.Later, FormVerbs.Control, (FormVerbs.KindKey, view.Kind), (FormVerbs.FormKey, view.FormId), (FormVerbs.ControlKey, "later")) with { AssociatedInputs = "none" },
            ])
        { FallbackText = question };
    }
}
