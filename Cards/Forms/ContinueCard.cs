using CollabBot.Cards.Model;

namespace CollabBot.Cards.Forms;

/// <summary>"Continue the survey?" after an interruption or "later".</summary>
public static class ContinueCard
{
    public static AdaptiveCard Build(ContinueView view) => new(
        [
            new TextBlock($"Continue the {view.Noun} \"{view.Title}\"? You were at question {view.Number} of {view.Count}."),
            new TextBlock("Say **continue** whenever you're ready.") { IsSubtle = true, Size = TextSize.Small },
        ],
        [
            CardVerb.Button("Continue", FormVerbs.Start, (FormVerbs.KindKey, view.Kind), (FormVerbs.FormKey, view.FormId)) with { Style = ActionStyle.Positive, AssociatedInputs = "none" },
            CardVerb.Button("Later", FormVerbs.Control, (FormVerbs.KindKey, view.Kind), (FormVerbs.FormKey, view.FormId), (FormVerbs.ControlKey, "later")) with { AssociatedInputs = "none" },
        ])
    { FallbackText = $"Continue the {view.Noun}?" };
}
