using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;

namespace CollabBot.Dialogs.Consultations;

/// <summary>
/// A consultation as one representative gets it, in their language (payload: its number): built when sent, for the group they
/// represent then; nothing for someone who no longer represents a group asked.
/// </summary>
public sealed class ConsultationContent(IConsultationStore store, IMemberStore members, ConsultationViews views, TimeProvider clock) : IDeliveryContent
{
    public const string Kind = "consultation";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken) =>
        int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && await store.FindAsync(number, cancellationToken) is { } consultation
        && await members.FindAsync(recipient.Member, cancellationToken) is { } member && member.Represents(consultation.Groups)
            ? new CardReply(await views.MemberCardAsync(consultation, member.UserGroup!, member.Id, clock.GetUtcNow(), cancellationToken))
            : null;
}

/// <summary>Staff's card of a consultation in the staff channel (payload: its number), updated in place as answers come.</summary>
public sealed class ConsultationStaffContent(IConsultationStore store, ConsultationViews views) : IDeliveryContent
{
    public const string Kind = "consultation-staff";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken) =>
        int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && await store.FindAsync(number, cancellationToken) is { } consultation
            ? new CardReply(await views.StaffCardAsync(consultation, null, cancellationToken))
            : null;
}

/// <summary>Staff are told in their channel that a consultation closed at its deadline, and how many groups answered.</summary>
public sealed class ConsultationClosedContent(IConsultationStore store) : IDeliveryContent
{
    public const string Kind = "consultation-closed";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        if (!int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || await store.FindAsync(number, cancellationToken) is not { } c)
        {
            return null;
        }
        var answered = (await store.ListAnswersAsync(number, cancellationToken)).Count(a => c.Groups.Contains(a.Group));
        return new TextReply($"Consultation {c.Id} \"{c.Title}\" closed at its deadline: {answered.ToString(CultureInfo.InvariantCulture)} of " +
            $"{c.Groups.Count.ToString(CultureInfo.InvariantCulture)} groups answered. Type **consultations** to see the answers side by side.");
    }
}
