using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Nominations;

public sealed record KindChoice(string Kind, string Title, string Description);

/// <summary>"nominate": what kind of nomination, each a button that starts its form.</summary>
public static class NominationKindCard
{
    public static AdaptiveCard Build(string heading, string intro, IReadOnlyList<KindChoice> kinds) =>
        new(
        [
            TextBlock.Heading(heading),
            new TextBlock(intro),
            .. kinds.Select(k => (CardElement)new TextBlock($"**{k.Title}**: {k.Description}") { Spacing = Spacing.Small }),
        ],
        [.. kinds.Select(k => (CardAction)(CardVerb.Button(k.Title, NominationVerbs.Start, (NominationVerbs.KindKey, k.Kind)) with { AssociatedInputs = "none" }))])
        { FallbackText = heading };
}

public sealed record NominatorConsentView(int Number, string Text, string ConfirmTitle, string WithdrawTitle);

/// <summary>Asks the nominator to confirm the nominee agreed (the same card whether or not the nominee is a member).</summary>
public static class NominatorConsentCard
{
    public static AdaptiveCard Build(NominatorConsentView view)
    {
        var key = (NominationVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture));
        return new AdaptiveCard([new TextBlock(view.Text)],
        [
            CardVerb.Button(view.ConfirmTitle, NominationVerbs.Confirm, key) with { AssociatedInputs = "none" },
            CardVerb.Button(view.WithdrawTitle, NominationVerbs.Withdraw, key) with { AssociatedInputs = "none" },
        ])
        { FallbackText = view.Text };
    }
}

public sealed record NomineeConsentView(int Number, string Heading, string Text, string AgreeTitle, string DeclineTitle);

/// <summary>Asks a nominee who is a member whether they agree to be considered.</summary>
public static class NomineeConsentCard
{
    public static AdaptiveCard Build(NomineeConsentView view)
    {
        var key = (NominationVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture));
        return new AdaptiveCard([TextBlock.Heading(view.Heading), new TextBlock(view.Text)],
        [
            CardVerb.Button(view.AgreeTitle, NominationVerbs.Agree, key) with { AssociatedInputs = "none" },
            CardVerb.Button(view.DeclineTitle, NominationVerbs.Decline, key) with { AssociatedInputs = "none" },
        ])
        { FallbackText = view.Heading };
    }
}

/// <param name="History">Its steps, oldest first, as the member reads them.</param>
public sealed record MyNomination(int Number, string Id, string Kind, string Nominee, string Status, IReadOnlyList<string> History, bool CanWithdraw);

public sealed record MyNominationsLabels(string Heading, string Empty, string Status, string Withdraw, string Nominate);

/// <summary>"my nominations": each with its status and history; an open one can be withdrawn (its details removed).</summary>
public static class MyNominationsCard
{
    public const int MaxShown = 20;

    public static AdaptiveCard Build(IReadOnlyList<MyNomination> nominations, MyNominationsLabels labels, string nominateCommand)
    {
        var body = new List<CardElement> { TextBlock.Heading(labels.Heading) };
        if (nominations.Count == 0)
        {
            body.Add(new TextBlock(labels.Empty));
        }
        foreach (var n in nominations.Take(MaxShown))
        {
            var items = new List<CardElement>
            {
                new TextBlock($"**{n.Id}** · {n.Kind}{(n.Nominee.Length > 0 ? " · " + n.Nominee : "")}"),
                new FactSet([new Fact(labels.Status, n.Status)]),
                new TextBlock(string.Join("\n", n.History.TakeLast(4).Select(h => "- " + h))) { IsSubtle = true, Size = TextSize.Small },
            };
            if (n.CanWithdraw)
            {
                items.Add(new ActionSet([CardVerb.Button(labels.Withdraw, NominationVerbs.Withdraw,
                    (NominationVerbs.NumberKey, n.Number.ToString(CultureInfo.InvariantCulture))) with { AssociatedInputs = "none" }]));
            }
            body.Add(new Container(items) { Separator = true });
        }
        return new AdaptiveCard(body, [CardVerb.Command(labels.Nominate, nominateCommand)]) { FallbackText = labels.Heading };
    }
}
