using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Questions;

namespace CollabBot.Dialogs.Consultations;

/// <summary>
/// A consultation through the delivery engine: its card to each confirmed representative of the groups asked (built in their
/// language when sent); its staff card in the staff channel, updated in place as answers come and when it closes; and its
/// closing at the deadline (a due item whose id names the deadline, so two instances and a restart close it once).
/// </summary>
public sealed class ConsultationSending(IConsultationStore store, IDeliveries deliveries, IQuestionStore questions, TimeProvider clock)
    : IDueHandler, IStaffChannelCards
{
    public const string Kind = "consultation-close";

    string IDueHandler.Kind => Kind;

    public static string BroadcastOf(int number) => "consultation:" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The staff card's broadcast: one per consultation and channel, so a new staff channel gets the open ones again.</summary>
    public static string TicketOf(StaffChannel channel, int number) =>
        $"consultation-staff:{QuestionTickets.ShortHash(channel.ChannelId)}:{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Records the consultation and asks for its cards and its closing; the same <paramref name="once"/> twice sends once.</summary>
    /// <param name="representatives">Who gets it: the confirmed representatives of the groups asked, now.</param>
    public async Task<(Consultation Consultation, bool Added)> SendAsync(Consultation draft, string once, IReadOnlyList<MemberId> representatives,
        CancellationToken cancellationToken)
    {
        var (consultation, added) = await store.AddAsync(draft, once, cancellationToken);
        var number = consultation.Number.ToString(CultureInfo.InvariantCulture);
        // Asked again after a crash, or for a press delivered twice: the ids make each once.
        await deliveries.BroadcastAsync(new BroadcastRequest(BroadcastOf(consultation.Number), Audience.Only([.. representatives]), ConsultationContent.Kind,
            number, DeliveryPriority.Bulk, $"Consultation {consultation.Id}: \"{consultation.Title}\""), cancellationToken);
        var ticks = consultation.Deadline.UtcTicks.ToString(CultureInfo.InvariantCulture);
        await deliveries.ScheduleAsync(new DueItem($"{Kind}:{number}:{ticks}", consultation.Deadline, Kind, $"{number}|{ticks}"), cancellationToken);
        if (await questions.FindStaffChannelAsync(cancellationToken) is { } channel)
        {
            await PostAsync(channel, consultation, cancellationToken);
        }
        return (consultation, added);
    }

    /// <summary>A group answered: the staff channel's card shows it in place.</summary>
    public Task AnsweredAsync(Consultation consultation, string group, CancellationToken cancellationToken) =>
        UpdateStaffCardAsync(consultation, "answer:" + group, cancellationToken);

    /// <summary>Staff close it before its deadline.</summary>
    /// <returns>The consultation, closed; null when there is none; as it was when it was closed already.</returns>
    public async Task<(Consultation? Consultation, bool Closed)> CloseAsync(int number, string by, CancellationToken cancellationToken)
    {
        var closing = false;
        var closed = await store.UpdateAsync(number, c =>
        {
            closing = c.Status == ConsultationStatus.Open;
            return closing ? c with { Status = ConsultationStatus.Closed, ClosedAt = clock.GetUtcNow(), ClosedBy = by } : null;
        }, cancellationToken);
        if (closed is not null && closing)
        {
            await UpdateStaffCardAsync(closed, "closed", cancellationToken);
        }
        return (closed, closing);
    }

    /// <summary>Its deadline came: closed if it is still open with that deadline, and staff told in their channel.</summary>
    public async Task RunAsync(string payload, CancellationToken cancellationToken)
    {
        if (payload.Split('|') is not [var n, var t] || !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return;
        }
        var closed = await store.UpdateAsync(number, c => c.Status == ConsultationStatus.Open && c.Deadline.UtcTicks == ticks
            ? c with { Status = ConsultationStatus.Closed, ClosedAt = c.Deadline }
            : null, cancellationToken);
        // Closed at this deadline, by this run or by one that stopped before telling staff: the broadcasts' ids make it once.
        if (closed is { Status: ConsultationStatus.Closed, ClosedBy: null } && closed.Deadline.UtcTicks == ticks)
        {
            await UpdateStaffCardAsync(closed, "closed", cancellationToken);
            if (await questions.FindStaffChannelAsync(cancellationToken) is { } channel)
            {
                await deliveries.BroadcastAsync(new BroadcastRequest($"{TicketOf(channel, number)}:closed-notice", QuestionTickets.ToChannel(channel),
                    ConsultationClosedContent.Kind, n, DeliveryPriority.Urgent, $"{closed.Id} closed"), cancellationToken);
            }
        }
    }

    /// <summary>A new staff channel gets the cards of the open consultations.</summary>
    public async Task<(string Phrase, int Count)?> PostOpenAsync(StaffChannel channel, CancellationToken cancellationToken)
    {
        var open = (await store.ListAsync(cancellationToken)).Where(c => c.Status == ConsultationStatus.Open).ToList();
        foreach (var consultation in open)
        {
            await PostAsync(channel, consultation, cancellationToken);
        }
        return open.Count switch
        {
            0 => null,
            1 => ("the open consultation", 1),
            _ => ($"the {open.Count.ToString(CultureInfo.InvariantCulture)} open consultations", open.Count),
        };
    }

    private Task PostAsync(StaffChannel channel, Consultation consultation, CancellationToken cancellationToken) =>
        deliveries.BroadcastAsync(new BroadcastRequest(TicketOf(channel, consultation.Number), QuestionTickets.ToChannel(channel), ConsultationStaffContent.Kind,
            consultation.Number.ToString(CultureInfo.InvariantCulture), DeliveryPriority.Urgent, $"Consultation {consultation.Id}"), cancellationToken);

    private async Task UpdateStaffCardAsync(Consultation consultation, string change, CancellationToken cancellationToken)
    {
        if (await questions.FindStaffChannelAsync(cancellationToken) is { } channel)
        {
            var ticket = TicketOf(channel, consultation.Number);
            await deliveries.BroadcastAsync(new BroadcastRequest($"{ticket}:{change}", QuestionTickets.ToChannel(channel), ConsultationStaffContent.Kind,
                consultation.Number.ToString(CultureInfo.InvariantCulture), DeliveryPriority.Urgent, $"Consultation {consultation.Id}")
            { Updates = ticket }, cancellationToken);
        }
    }
}
