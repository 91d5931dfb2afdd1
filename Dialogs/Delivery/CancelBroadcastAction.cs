using CollabBot.Cards.Delivery;
using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Delivery;

/// <summary>Staff stop a broadcast from its progress card; the card shows where it stopped.</summary>
public sealed class CancelBroadcastAction(IDeliveries deliveries) : ICardAction
{
    public string Verb => ProgressCard.CancelVerb;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var id = submit[ProgressCard.BroadcastKey] ?? "";
        await deliveries.CancelAsync(id, cancellationToken);
        if (await deliveries.ProgressAsync(id, cancellationToken) is not { } progress)
        {
            turn.Say("That broadcast no longer exists.");
            return;
        }
        turn.Replace(ProgressCard.Build(View(progress)));
    }

    public static ProgressView View(BroadcastProgress p) =>
        new(p.Id, p.Label, p.Total, p.Sent, p.Skipped, p.Failed, p.Gone, p.InDoubt, p.FannedOut, p.Cancelled, p.Complete);
}
