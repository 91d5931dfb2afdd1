using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Contributions;

/// <summary>
/// A contribution's way from the form to a decision: recorded once, its card posted in the staff channel and updated in
/// place as it changes (through the delivery engine, in the order of its versions), a ping scheduled for when nobody
/// takes it, and its sender told of each decision in their language.
/// </summary>
public sealed class ContributionFlow(IContributionStore store, ContributionChannels channels, IQuestionStore questions, IDeliveries deliveries,
    ContributionPings pings, TimeProvider clock, IStringLocalizer<ContributionTexts> texts) : IStaffChannelCards
{
    /// <summary>The staff card's broadcast: one per contribution and channel.</summary>
    public static string CardOf(StaffChannel channel, string kind, int number) =>
        $"contribution:{QuestionTickets.ShortHash(channel.ChannelId)}:{kind}:{number.ToString(CultureInfo.InvariantCulture)}";

    public static string Payload(Contribution c) => $"{c.Kind}|{c.Number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A new staff channel gets the cards of the contributions still open.</summary>
    public async Task<(string Phrase, int Count)?> PostOpenAsync(StaffChannel channel, CancellationToken cancellationToken)
    {
        var open = new List<Contribution>();
        foreach (var kind in channels.All)
        {
            open.AddRange((await store.ListAsync(kind.Kind, cancellationToken)).Where(c => c.IsOpen));
        }
        foreach (var contribution in open)
        {
            await PostAsync(channel, contribution, cancellationToken);
        }
        return open.Count switch
        {
            0 => null,
            1 => ("the open contribution", 1),
            _ => ($"the {open.Count.ToString(CultureInfo.InvariantCulture)} open contributions", open.Count),
        };
    }

    public async Task SubmitAsync(Turn turn, string draftId, ContributionChannel channel, IReadOnlyDictionary<string, string> answers,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var contribution = new Contribution(channel.Kind, 0, "", turn.Sender.Id, turn.Sender.Name, turn.Sender.UserGroup, answers, now)
        {
            History = [new ContributionStep(now, turn.Sender.Name, "Sent")],
        };
        var (stored, _) = await store.AddAsync(contribution, channel.Prefix, draftId, cancellationToken);
        // Asked again on a re-delivery: the card's broadcast and the ping's due item are kept once by their ids.
        if (await questions.FindStaffChannelAsync(cancellationToken) is { } staffChannel)
        {
            await PostAsync(staffChannel, stored, cancellationToken);
        }
        await pings.ScheduleAsync(stored, cancellationToken);
        turn.Say(texts["Sent", channel.Name, stored.Code]);
    }

    /// <summary>After any change: the staff card updated in place, and the sender told when it was decided.</summary>
    public async Task ChangedAsync(Contribution before, Contribution after, CancellationToken cancellationToken)
    {
        if (await questions.FindStaffChannelAsync(cancellationToken) is { } channel)
        {
            var card = CardOf(channel, after.Kind, after.Number);
            await deliveries.BroadcastAsync(new BroadcastRequest($"{card}:v{after.Version.ToString(CultureInfo.InvariantCulture)}", QuestionTickets.ToChannel(channel),
                ContributionCardContent.ContentKind, $"{Payload(after)}|v{after.Version.ToString(CultureInfo.InvariantCulture)}", DeliveryPriority.Urgent,
                $"Contribution {after.Code}")
            { Updates = card }, cancellationToken);
        }
        if (before.Status != after.Status && after.IsDecided)
        {
            await TellAsync(after, $"v{after.Version.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
        }
    }

    /// <summary>Tells the sender where their contribution stands now ("released": the plan item it was linked to was released).</summary>
    public Task TellAsync(Contribution c, string occasion, CancellationToken cancellationToken) =>
        deliveries.BroadcastAsync(new BroadcastRequest($"contribution-moved:{c.Kind}:{c.Number.ToString(CultureInfo.InvariantCulture)}:{occasion}",
            Audience.Only(c.Sender), ContributionMovedContent.ContentKind, $"{Payload(c)}|{occasion}", DeliveryPriority.Urgent, $"{c.Code} moved on"),
            cancellationToken);

    /// <summary>The id of the contribution's card in the staff channel, once posted.</summary>
    public async Task<string?> MessageIdAsync(Contribution c, CancellationToken cancellationToken) =>
        await questions.FindStaffChannelAsync(cancellationToken) is { } channel
            ? await deliveries.MessageIdAsync(CardOf(channel, c.Kind, c.Number), QuestionTickets.ChannelKey, cancellationToken)
            : null;

    private Task PostAsync(StaffChannel channel, Contribution c, CancellationToken cancellationToken) =>
        deliveries.BroadcastAsync(new BroadcastRequest(CardOf(channel, c.Kind, c.Number), QuestionTickets.ToChannel(channel), ContributionCardContent.ContentKind,
            Payload(c), DeliveryPriority.Urgent, $"Contribution {c.Code}"), cancellationToken);
}
