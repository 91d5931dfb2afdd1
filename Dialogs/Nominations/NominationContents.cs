using System.Globalization;
using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Nominations;

/// <summary>A nomination's card in the staff channel, as it is when sent; an update overtaken by a later one sends nothing.</summary>
public sealed class NominationCardContent(INominationStore store, NominationViews views) : IDeliveryContent
{
    public const string Kind = "nomination.card";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split('|');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || await store.FindAsync(number, cancellationToken) is not { } n
            || (parts.Length > 1 && parts[1] != $"v{n.Version.ToString(CultureInfo.InvariantCulture)}"))
        {
            return null;
        }
        return new CardReply(NominationCard.Build(await views.CardAsync(n, cancellationToken)));
    }
}

/// <summary>Asks a nominee who is a member whether they agree, in their language.</summary>
public sealed class NomineeConsentContent(INominationStore store, NominationViews views, IStringLocalizer<NominationTexts> texts) : IDeliveryContent
{
    public const string Kind = "nomination.consent";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        if (!int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || await store.FindAsync(number, cancellationToken) is not { } n
            || n.Status != NominationStatus.AwaitingConsent || n.Nominee != recipient.Member)
        {
            return null;
        }
        var by = n.NominatorGroup is { } group ? $"{n.NominatorName} ({group})" : n.NominatorName;
        return new CardReply(NomineeConsentCard.Build(new NomineeConsentView(n.Number, texts["ConsentHeading"],
            texts["ConsentText", by, views.Kind(n.Kind)], texts["Agree"], texts["DeclineConsent"])));
    }
}

/// <summary>What the nominator (and a nominee who agreed) is told when a nomination's status moves, in their language.</summary>
public sealed class NominationMovedContent(INominationStore store, NominationViews views, IStringLocalizer<NominationTexts> texts) : IDeliveryContent
{
    public const string Kind = "nomination.moved";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split('|');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !Enum.TryParse<NominationStatus>(parts[1], out var status) || await store.FindAsync(number, cancellationToken) is not { } n)
        {
            return null;
        }
        // Told of the status it had then: a later change tells of its own.
        var name = n.Details is { } d ? (n.Kind == NominationKind.Speaker ? d.Event ?? "" : d.NomineeName) : "";
        var text = texts["Moved", n.Id, views.Kind(n.Kind), name.Length > 0 ? ": " + name : "", views.Status(status)].Value;
        if (status is NominationStatus.Accepted or NominationStatus.Declined && n.Decision is { Length: > 0 } decision)
        {
            text += " " + texts["MovedComment", decision];
        }
        return new TextReply(text);
    }
}

/// <summary>
/// A nomination's contact details, to the personal chat of the member of staff who asked for them (never to a channel):
/// the nominee's as the nominator gave them, and the nominator's e-mail address as Teams gave it, when known.
/// </summary>
public sealed class NominationContactContent(INominationStore store, IMemberStore members, IOptions<CollabOptions> collab) : IDeliveryContent
{
    public const string Kind = "nomination.contact";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        if (!collab.Value.IsStaff(recipient.Member.ObjectId) || !int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await store.FindAsync(number, cancellationToken) is not { } n)
        {
            return null;
        }
        if (n.Details is not { } d)
        {
            return new TextReply($"{n.Id}'s details were removed when it was withdrawn.");
        }
        var nominator = $"{n.NominatorName}{(n.NominatorGroup is { } g ? $" ({g})" : "")}"
            + ((await members.FindAsync(n.Nominator, cancellationToken))?.Email is { } email ? $", {email}" : ", who can be reached through this bot");
        return new TextReply(n.Kind == NominationKind.Speaker
            ? $"Contact details of {n.Id}: asked by {nominator}."
            : $"Contact details of {n.Id}: the nominee {d.NomineeName}, {d.Organisation}, {d.Email}. Nominated by {nominator}.");
    }
}

/// <summary>Asks a member of staff to review a nomination, in their personal chat.</summary>
public sealed class ReviewRequestContent(INominationStore store) : IDeliveryContent
{
    public const string Kind = "nomination.review-request";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken) =>
        int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && await store.FindAsync(number, cancellationToken) is { } n
        && n.Status == NominationStatus.UnderReview && n.Reviewers.Contains(recipient.Member.ToString())
            ? new TextReply($"You are asked to review {n.Id} ({NominationViews.KindName(n.Kind, n.Details?.Programme)}): find its card in the staff channel, "
                + "or type \"nominations\" here.")
            : null;
}
