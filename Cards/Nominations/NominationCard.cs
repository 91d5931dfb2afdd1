using System.Globalization;
using CollabBot.Cards.Model;
using CollabBot.Cards.Questions;

namespace CollabBot.Cards.Nominations;

/// <param name="Facts">What the nomination says, without contact details (those go to a reviewer's personal chat).</param>
/// <param name="Reviews">One line per review ("Kim Staff: 4/5, recommends it: strong record").</param>
/// <param name="History">Who did what, oldest first: the audit trail.</param>
public sealed record NominationCardView(int Number, string Id, string Kind, string Status, IReadOnlyList<Fact> Facts, string? Motivation, string Panel,
    IReadOnlyList<string> Reviews, IReadOnlyList<string> History, IReadOnlyList<StaffChoice> Staff, bool UnderReview, bool OnHold);

/// <summary>
/// A nomination in the staff channel, updated in place as it changes: each reviewer declares a conflict of interest or
/// scores it with a recommendation; the decision is taken when the panel's rule is met. Staff can ask reviewers (and
/// ask others instead), put it on hold, and get the contact details in their personal chat.
/// </summary>
public static class NominationCard
{
    public static AdaptiveCard Build(NominationCardView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading($"{view.Id}: {view.Kind}"),
            new FactSet([new Fact("Status", view.Status), .. view.Facts, new Fact("Panel", view.Panel)]),
        };
        if (view.Motivation is { Length: > 0 } motivation)
        {
            body.Add(new TextBlock(motivation.Length > 1000 ? motivation[..1000] + "…" : motivation));
        }
        if (view.Reviews.Count > 0)
        {
            body.Add(new TextBlock("**Reviews**") { Separator = true });
            body.Add(new TextBlock(string.Join("\n", view.Reviews.Select(r => "- " + r))));
        }
        body.Add(new TextBlock(string.Join("\n", view.History.TakeLast(8).Select(h => "- " + h))) { IsSubtle = true, Size = TextSize.Small, Separator = true });
        return new AdaptiveCard(body, Actions(view)) { FallbackText = $"{view.Id}: {view.Kind}" };
    }

    private static List<CardAction> Actions(NominationCardView view)
    {
        var key = (NominationVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture));
        var contact = CardVerb.Button("Contact details", NominationVerbs.Contact, key) with { AssociatedInputs = "none" };
        if (!view.UnderReview)
        {
            return view.OnHold
                ? [CardVerb.Button("Resume the review", NominationVerbs.Resume, key) with { AssociatedInputs = "none" }, contact]
                : [contact];
        }
        return
        [
            new ShowCardAction("Review", new AdaptiveCard(
            [
                new ChoiceSetInput([.. Enumerable.Range(1, 5).Select(i => new Choice($"{i} / 5", i.ToString(CultureInfo.InvariantCulture)))])
                {
                    Id = NominationVerbs.ScoreInput, Label = "Score", Style = ChoiceStyle.Compact, IsRequired = true, ErrorMessage = "Choose a score.",
                },
                new ChoiceSetInput([new Choice("Accept", "accept"), new Choice("Decline", "decline")])
                {
                    Id = NominationVerbs.RecommendInput, Label = "Recommendation", Style = ChoiceStyle.Expanded, IsRequired = true, ErrorMessage = "Choose one.",
                },
                new TextInput { Id = NominationVerbs.CommentInput, Label = "Comment", IsMultiline = true, MaxLength = 1000 },
            ], [CardVerb.Button("Send my review", NominationVerbs.Review, key)])),
            CardVerb.Button("Conflict of interest", NominationVerbs.Conflict, key) with { AssociatedInputs = "none" },
            contact,
            new ShowCardAction("More", new AdaptiveCard(
            [
                // A choice set needs at least one choice: with no staff who spoke to the bot yet, none is offered.
                .. view.Staff.Count == 0 ? [] : new CardElement[]
                {
                    new ChoiceSetInput([.. view.Staff.Select(s => new Choice(s.Name, s.Id))])
                    {
                        Id = NominationVerbs.ReviewersInput, Label = "Reviewers", Style = ChoiceStyle.Compact, IsMultiSelect = true,
                    },
                    new ActionSet([CardVerb.Button("Ask them to review", NominationVerbs.AssignReviewers, key)]),
                },
                new ActionSet([CardVerb.Button("Put on hold", NominationVerbs.Hold, key) with { AssociatedInputs = "none" }]),
            ])),
        ];
    }
}

public sealed record NominationRow(int Number, string Id, string Kind, string Name, string Status, string Detail);

/// <summary>Staff lists: "nominations" (filtered by kind, status and expertise) and the experts' directory.</summary>
public static class NominationListCard
{
    public const int MaxShown = 30;

    /// <param name="exportFilter">When set, the card offers the listed nominations as CSV and Excel files.</param>
    public static AdaptiveCard Build(string heading, string empty, IReadOnlyList<NominationRow> rows, string? exportFilter = null)
    {
        var body = new List<CardElement> { TextBlock.Heading(heading) };
        if (rows.Count == 0)
        {
            body.Add(new TextBlock(empty));
        }
        foreach (var row in rows.Take(MaxShown))
        {
            body.Add(new Container(
            [
                new TextBlock($"**{row.Id}** · {row.Kind} · {row.Name}"),
                new TextBlock($"{row.Status} · {row.Detail}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ])
            {
                Separator = true,
                SelectAction = CardVerb.Button($"Show {row.Id}", NominationVerbs.Show, (NominationVerbs.NumberKey, row.Number.ToString(CultureInfo.InvariantCulture)))
                    with
                { AssociatedInputs = "none" },
            });
        }
        if (rows.Count > MaxShown)
        {
            body.Add(new TextBlock($"{(rows.Count - MaxShown).ToString(CultureInfo.InvariantCulture)} more: narrow the list (e.g. \"nominations trainer under review\").")
            { IsSubtle = true });
        }
        var actions = exportFilter is null || rows.Count == 0 ? null : new List<CardAction>
        {
            CardVerb.Button("Export CSV", NominationVerbs.Export, (NominationVerbs.FilterKey, exportFilter), (NominationVerbs.FormatKey, "csv")) with { AssociatedInputs = "none" },
            CardVerb.Button("Export Excel", NominationVerbs.Export, (NominationVerbs.FilterKey, exportFilter), (NominationVerbs.FormatKey, "xlsx")) with { AssociatedInputs = "none" },
        };
        return new AdaptiveCard(body, actions) { FallbackText = heading };
    }
}
