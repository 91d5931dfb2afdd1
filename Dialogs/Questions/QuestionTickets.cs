using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CollabBot.Dialogs.Delivery;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// What the delivery engine is asked to do for a question: its ticket card in the staff channel (posted once per
/// channel, then updated in place as the question changes), telling its askers where it stands, and its pings.
/// </summary>
public sealed class QuestionTickets(IQuestionStore store, IDeliveries deliveries, AskerKeys askers, QuestionPings pings) : IStaffChannelCards
{
    public async Task<(string Phrase, int Count)?> PostOpenAsync(StaffChannel channel, CancellationToken cancellationToken)
    {
        var open = 0;
        foreach (var meeting in await store.ListMeetingsAsync(cancellationToken))
        {
            foreach (var question in (await store.ListAsync(meeting.Id, cancellationToken)).Where(q => q.IsOpen))
            {
                await PostAsync(channel, question, cancellationToken);
                open++;
            }
        }
        return open switch { 0 => null, 1 => ("the open question", 1), _ => ($"the {open.ToString(CultureInfo.InvariantCulture)} open questions", open) };
    }

    public const string ChannelKey = "staff-channel";

    /// <summary>The ticket's broadcast: one per question and channel, so a new staff channel gets the open tickets again.</summary>
    public static string TicketOf(StaffChannel channel, string meetingId, int number) =>
        $"ticket:{ShortHash(channel.ChannelId)}:{meetingId}:{number.ToString(CultureInfo.InvariantCulture)}";

    public static string Payload(Question q) => $"{q.MeetingId}|{q.Number.ToString(CultureInfo.InvariantCulture)}";

    public static (string MeetingId, int Number)? Parse(string payload)
    {
        var bar = payload.LastIndexOf('|');
        return bar > 0 && int.TryParse(payload[(bar + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (payload[..bar], number)
            : null;
    }

    /// <summary>Posts the ticket (when a staff channel is set) and schedules the first ping. Asking again adds nothing.</summary>
    public async Task PostAsync(Question question, CancellationToken cancellationToken)
    {
        if (await store.FindStaffChannelAsync(cancellationToken) is { } channel)
        {
            await PostAsync(channel, question, cancellationToken);
        }
        await pings.ScheduleAsync(question, cancellationToken);
    }

    public Task PostAsync(StaffChannel channel, Question question, CancellationToken cancellationToken) =>
        deliveries.BroadcastAsync(new BroadcastRequest(TicketOf(channel, question.MeetingId, question.Number), ToChannel(channel), TicketContent.Kind,
            Payload(question), DeliveryPriority.Urgent, $"Ticket {question.Id}"), cancellationToken);

    /// <summary>The thread under the question's ticket, once it is posted.</summary>
    public async Task<ConversationAddress?> ThreadAsync(Question question, CancellationToken cancellationToken) =>
        await store.FindStaffChannelAsync(cancellationToken) is { } channel
            ? await deliveries.ThreadAsync(TicketOf(channel, question.MeetingId, question.Number), ChannelKey, cancellationToken)
            : null;

    /// <summary>The id of the question's ticket message in the staff channel, once it is posted.</summary>
    public async Task<string?> MessageIdAsync(Question question, CancellationToken cancellationToken) =>
        await store.FindStaffChannelAsync(cancellationToken) is { } channel
            ? await deliveries.MessageIdAsync(TicketOf(channel, question.MeetingId, question.Number), ChannelKey, cancellationToken)
            : null;

    /// <summary>After a change by staff: the ticket updated in place, the next ping of what it now waits for, and its askers told when it moved on.</summary>
    public async Task ChangedAsync(Question before, Question after, CancellationToken cancellationToken)
    {
        await RefreshAsync(after, cancellationToken);
        await pings.ScheduleAsync(after, cancellationToken);
        if (before.Status != after.Status || before.Answer != after.Answer || before.MergedInto != after.MergedInto)
        {
            await TellAskersAsync(after, cancellationToken);
        }
    }

    /// <summary>Updates the ticket card in place to show the question as it is now.</summary>
    public async Task RefreshAsync(Question question, CancellationToken cancellationToken)
    {
        if (await store.FindStaffChannelAsync(cancellationToken) is not { } channel)
        {
            return;
        }
        var ticket = TicketOf(channel, question.MeetingId, question.Number);
        await deliveries.BroadcastAsync(new BroadcastRequest($"{ticket}:v{question.Version.ToString(CultureInfo.InvariantCulture)}",
            ToChannel(channel), TicketContent.Kind, Payload(question), DeliveryPriority.Urgent, $"Ticket {question.Id}")
        { Updates = ticket },
            cancellationToken);
    }

    /// <summary>Tells the asker, and the askers of questions merged into it, where the question stands, each in their language.</summary>
    public async Task TellAskersAsync(Question question, CancellationToken cancellationToken)
    {
        var told = question.AlsoTell.Prepend(question.Asker).Select(askers.Open).OfType<Conversation.MemberId>().Distinct().ToArray();
        if (told.Length > 0)
        {
            await deliveries.BroadcastAsync(new BroadcastRequest(
                $"question-moved:{question.MeetingId}:{question.Number.ToString(CultureInfo.InvariantCulture)}:v{question.Version.ToString(CultureInfo.InvariantCulture)}",
                Audience.Only(told), QuestionMovedContent.Kind, $"{Payload(question)}|{QuestionMovedContent.Stamp(question)}", DeliveryPriority.Urgent,
                $"{question.Id} moved on"), cancellationToken);
        }
    }

    public static Audience ToChannel(StaffChannel channel) =>
        Audience.To(new ConversationAddress(ChannelKey, channel.TenantId, channel.Address));

    /// <summary>A short, stable name for a text (a channel id) in broadcast ids: the same on every instance.</summary>
    public static string ShortHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
