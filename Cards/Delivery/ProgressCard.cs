using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Delivery;

public sealed record ProgressView(string BroadcastId, string Label, int Total, int Sent, int Skipped, int Failed, int Gone, int InDoubt,
    bool FannedOut, bool Cancelled, bool Complete);

/// <summary>The staff card that shows a broadcast going out, updated in place while it runs; it can cancel what has not gone.</summary>
public static class ProgressCard
{
    public const string CancelVerb = "delivery.cancel";
    public const string BroadcastKey = "broadcast";

    public static AdaptiveCard Build(ProgressView view)
    {
        var pending = Math.Max(0, view.Total - view.Sent - view.Skipped - view.Failed - view.Gone);
        var facts = new List<Fact>
        {
            new("Sent", $"{N(view.Sent)} of {N(view.Total)}{(view.FannedOut ? "" : "+")}"),
            new("Waiting", N(pending)),
        };
        AddIf(facts, "Nothing to send", view.Skipped);
        AddIf(facts, "Unreachable", view.Gone);
        AddIf(facts, "Failed", view.Failed);
        AddIf(facts, "Sent again after a crash", view.InDoubt);
        var status = view.Cancelled ? "Cancelled: what had not gone out will not."
            : view.Complete ? "Done."
            : view.FannedOut ? "Sending, as fast as Teams allows." : "Finding the recipients and sending.";
        var body = new List<CardElement>
        {
            TextBlock.Heading(view.Label),
            new FactSet(facts),
            new TextBlock(status) { IsSubtle = true, Size = TextSize.Small },
        };
        CardAction[]? actions = view.Complete
            ? null
            : [CardVerb.Button("Cancel", CancelVerb, (BroadcastKey, view.BroadcastId)) with { AssociatedInputs = "none", Style = ActionStyle.Destructive }];
        return new AdaptiveCard(body, actions) { FallbackText = view.Label };
    }

    private static void AddIf(List<Fact> facts, string title, int count)
    {
        if (count > 0)
        {
            facts.Add(new Fact(title, N(count)));
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
