using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Contributions;

/// <summary>A decision staff can take on the card: its button, and what they write with it.</summary>
/// <param name="Key">Sent back with the button (<see cref="ContributionVerbs.OutcomeKey"/>).</param>
/// <param name="ReplyRequired">An answer or the changes asked for must be written; a decline's reason may be.</param>
public sealed record OutcomeChoice(string Key, string Title, string ReplyLabel, bool ReplyRequired, string Confirm);

/// <param name="Facts">What the contribution says, in English, short answers.</param>
/// <param name="Texts">Its long answers (what happened, an abstract), each under its label.</param>
/// <param name="Plans">For feedback: the plan items of its product it may be linked to.</param>
public sealed record ContributionCardView(string Kind, int Number, string Code, string Heading, string Status, IReadOnlyList<Fact> Facts,
    IReadOnlyList<Fact> Texts, IReadOnlyList<string> History, IReadOnlyList<OutcomeChoice> Outcomes, IReadOnlyList<Choice> Plans, bool Open, bool Taken);

/// <summary>
/// A contribution in the staff channel (or shown to one member of staff), updated in place as it changes: take it, then
/// answer, accept, ask for changes, decline, or (feedback) link it to a plan item, each with what its sender is told.
/// </summary>
public static class ContributionCard
{
    public static AdaptiveCard Build(ContributionCardView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(view.Heading),
            new FactSet([new Fact("Status", view.Status), .. view.Facts]),
        };
        foreach (var text in view.Texts)
        {
            body.Add(new TextBlock($"**{text.Title}**") { Separator = true });
            body.Add(new TextBlock(text.Value.Length > 2000 ? text.Value[..2000] + "…" : text.Value) { Spacing = Spacing.None });
        }
        body.Add(new TextBlock(string.Join("\n", view.History.TakeLast(8).Select(h => "- " + h))) { IsSubtle = true, Size = TextSize.Small, Separator = true });
        return new AdaptiveCard(body, view.Open ? Actions(view) : null) { FallbackText = view.Heading };
    }

    private static List<CardAction> Actions(ContributionCardView view)
    {
        var keys = new[] { (ContributionVerbs.KindKey, view.Kind), (ContributionVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture)) };
        var actions = new List<CardAction>();
        if (!view.Taken)
        {
            actions.Add(CardVerb.Button("Take it", ContributionVerbs.Take, keys) with { AssociatedInputs = "none" });
        }
        foreach (var outcome in view.Outcomes.Take(4))
        {
            var inputs = new List<CardElement>();
            if (outcome.Key == "LinkToPlan")
            {
                if (view.Plans.Count == 0)
                {
                    continue;
                }
                inputs.Add(new ChoiceSetInput(view.Plans)
                {
                    Id = ContributionVerbs.PlanInput,
                    Label = "Plan item",
                    Style = ChoiceStyle.Compact,
                    IsRequired = true,
                    ErrorMessage = "Choose a plan item.",
                });
            }
            inputs.Add(new TextInput
            {
                Id = ContributionVerbs.ReplyInputOf(outcome.Key),
                Label = outcome.ReplyLabel,
                IsMultiline = true,
                MaxLength = 2000,
                IsRequired = outcome.ReplyRequired,
                ErrorMessage = outcome.ReplyRequired ? "Write it first." : null,
            });
            actions.Add(new ShowCardAction(outcome.Title, new AdaptiveCard(inputs,
                [CardVerb.Button(outcome.Confirm, ContributionVerbs.Decide, [.. keys, (ContributionVerbs.OutcomeKey, outcome.Key)])])));
        }
        return actions;
    }
}
