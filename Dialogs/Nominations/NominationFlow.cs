using System.Globalization;
using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Nominations;

/// <summary>
/// A nomination's way from the form to a decision: recorded once, the nominee's consent asked (by a card when they are a
/// member the bot knows; the nominator is asked to confirm it either way, so their reply never tells who is a member),
/// then the staff card posted in the staff channel and updated in place as it changes, and both sides told where it stands.
/// </summary>
public sealed class NominationFlow(INominationStore store, IMemberStore members, IQuestionStore questions, IDeliveries deliveries, TimeProvider clock,
    IStringLocalizer<NominationTexts> texts) : IStaffChannelCards
{
    /// <summary>A new staff channel gets the cards of the nominations under review or on hold (decided ones stay where they were).</summary>
    public async Task<(string Phrase, int Count)?> PostOpenAsync(StaffChannel channel, CancellationToken cancellationToken)
    {
        var open = (await store.ListAsync(cancellationToken)).Where(n => n.Status is NominationStatus.UnderReview or NominationStatus.OnHold).ToList();
        foreach (var nomination in open)
        {
            await PostAsync(channel, nomination, cancellationToken);
        }
        return open.Count switch
        {
            0 => null,
            1 => ("the nomination under review", 1),
            _ => ($"the {open.Count.ToString(CultureInfo.InvariantCulture)} nominations under review", open.Count),
        };
    }

    /// <summary>The staff card's broadcast: one per nomination and channel.</summary>
    public static string CardOf(StaffChannel channel, int number) =>
        $"nomination:{QuestionTickets.ShortHash(channel.ChannelId)}:{number.ToString(CultureInfo.InvariantCulture)}";

    public async Task SubmitAsync(Turn turn, string draftId, NominationKind kind, NominationDetails details, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var nominee = kind == NominationKind.Speaker || details.Email is null ? null : await members.FindBySignInAsync(details.Email, cancellationToken);
        var self = nominee?.Id == turn.Sender.Id;
        var nomination = new Nomination(0, kind, turn.Sender.Id, turn.Sender.Name, turn.Sender.UserGroup, details, now)
        {
            NominatorConfirmed = kind == NominationKind.Speaker || self,
            Nominee = nominee?.Id,
            NomineeAgreed = self ? true : null,
            History = [new NominationStep(now, turn.Sender.Name, kind == NominationKind.Speaker ? Steps.AskedForSpeaker : Steps.Nominated)],
            Version = 1,
        };
        var (stored, added) = await store.AddAsync(nomination, draftId, cancellationToken);
        if (added && stored.Nominee is { } member && stored.NomineeAgreed is null)
        {
            await deliveries.BroadcastAsync(new BroadcastRequest($"nomination-consent:{stored.Number.ToString(CultureInfo.InvariantCulture)}",
                Audience.Only(member), NomineeConsentContent.Kind, stored.Number.ToString(CultureInfo.InvariantCulture), DeliveryPriority.Urgent,
                $"Consent for {stored.Id}"), cancellationToken);
        }
        var current = await ReviewIfReadyAsync(stored, cancellationToken);
        if (current.Status == NominationStatus.AwaitingConsent && !current.NominatorConfirmed)
        {
            turn.Show(NominatorConsentCard.Build(new NominatorConsentView(current.Number, texts["RecordedAskConsent", current.Id, details.NomineeName],
                texts["ConfirmAgreed"], texts["Withdraw"])));
        }
        else
        {
            turn.Say(texts["WithStaff", current.Id]);
        }
    }

    /// <summary>
    /// Sends it to review once the nominator has confirmed and a nominee who is a member has agreed: the staff card is
    /// posted and the nominator told. Does nothing otherwise, or when it was already sent.
    /// </summary>
    public async Task<Nomination> ReviewIfReadyAsync(Nomination nomination, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Nomination? before = null;
        var after = await store.UpdateAsync(nomination.Number, n =>
        {
            before = n;
            return n.Status == NominationStatus.AwaitingConsent && n.NominatorConfirmed && (n.Nominee is null || n.NomineeAgreed == true)
                ? (n with { Status = NominationStatus.UnderReview, InReviewSince = now }).With(now, "CollabBot", Steps.WentToReview)
                : null;
        }, cancellationToken) ?? nomination;
        if (before is not null && !ReferenceEquals(before, after))
        {
            await PostAsync(after, cancellationToken);
            await TellAsync(after, cancellationToken);
        }
        return after;
    }

    /// <summary>After any change: the staff card updated in place, and both sides told when its status moved.</summary>
    public async Task ChangedAsync(Nomination before, Nomination after, CancellationToken cancellationToken)
    {
        await RefreshAsync(after, cancellationToken);
        if (before.Status != after.Status)
        {
            await TellAsync(after, cancellationToken);
        }
    }

    public async Task PostAsync(Nomination nomination, CancellationToken cancellationToken)
    {
        if (await questions.FindStaffChannelAsync(cancellationToken) is { } channel)
        {
            await PostAsync(channel, nomination, cancellationToken);
        }
    }

    private Task PostAsync(StaffChannel channel, Nomination nomination, CancellationToken cancellationToken) =>
        deliveries.BroadcastAsync(new BroadcastRequest(CardOf(channel, nomination.Number), QuestionTickets.ToChannel(channel), NominationCardContent.Kind,
            nomination.Number.ToString(CultureInfo.InvariantCulture), DeliveryPriority.Urgent, $"Nomination {nomination.Id}"), cancellationToken);

    /// <summary>The id of the nomination's card in the staff channel, once posted.</summary>
    public async Task<string?> MessageIdAsync(Nomination nomination, CancellationToken cancellationToken) =>
        await questions.FindStaffChannelAsync(cancellationToken) is { } channel
            ? await deliveries.MessageIdAsync(CardOf(channel, nomination.Number), QuestionTickets.ChannelKey, cancellationToken)
            : null;

    private async Task RefreshAsync(Nomination nomination, CancellationToken cancellationToken)
    {
        if (nomination.InReviewSince is null || await questions.FindStaffChannelAsync(cancellationToken) is not { } channel)
        {
            return;
        }
        var card = CardOf(channel, nomination.Number);
        await deliveries.BroadcastAsync(new BroadcastRequest($"{card}:v{nomination.Version.ToString(CultureInfo.InvariantCulture)}", QuestionTickets.ToChannel(channel),
            NominationCardContent.Kind, $"{nomination.Number.ToString(CultureInfo.InvariantCulture)}|v{nomination.Version.ToString(CultureInfo.InvariantCulture)}",
            DeliveryPriority.Urgent, $"Nomination {nomination.Id}")
        { Updates = card }, cancellationToken);
    }

    /// <summary>Tells the nominator, and the nominee when they are a member who agreed, where it stands, each in their language.</summary>
    private async Task TellAsync(Nomination nomination, CancellationToken cancellationToken)
    {
        MemberId[] told = nomination.Nominee is { } nominee && nomination.NomineeAgreed == true && nominee != nomination.Nominator
            ? [nomination.Nominator, nominee]
            : [nomination.Nominator];
        await deliveries.BroadcastAsync(new BroadcastRequest(
            $"nomination-moved:{nomination.Number.ToString(CultureInfo.InvariantCulture)}:v{nomination.Version.ToString(CultureInfo.InvariantCulture)}",
            Audience.Only(told), NominationMovedContent.Kind,
            $"{nomination.Number.ToString(CultureInfo.InvariantCulture)}|{nomination.Status}", DeliveryPriority.Urgent, $"{nomination.Id} moved on"), cancellationToken);
    }
}
