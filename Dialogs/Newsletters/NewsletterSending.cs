using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>
/// Sending a newsletter through the delivery engine: now, or at a set minute (a due item whose id names that minute, so
/// two instances and a restart send it once, and a moved or cancelled schedule finds the newsletter no longer due then);
/// and a correction after sending, which replaces every copy members have in place.
/// </summary>
public sealed class NewsletterSending(
    INewsletterStore store, IDeliveries deliveries, IMemberStore members, IPlanSubscriptions subscriptions, IOptions<CollabOptions> collab,
    TimeProvider clock) : IDueHandler
{
    public const string Kind = "newsletter-send";

    string IDueHandler.Kind => Kind;

    public static string BroadcastOf(int number) => "newsletter:" + number.ToString(CultureInfo.InvariantCulture);

    public static string CorrectionOf(Newsletter n) =>
        $"{BroadcastOf(n.Number)}:rev{n.Revision.ToString(CultureInfo.InvariantCulture)}";

    /// <returns>The newsletter as sent, or null when it was not a draft or scheduled (already sent, cancelled, gone).</returns>
    public async Task<Newsletter?> SendNowAsync(int number, CancellationToken cancellationToken)
    {
        var sending = false;
        var sent = await store.UpdateAsync(number, n =>
        {
            sending = n.Status is NewsletterStatus.Draft or NewsletterStatus.Scheduled;
            return sending ? n with { Status = NewsletterStatus.Sent, SentAt = clock.GetUtcNow(), ScheduledAt = null, Version = n.Version + 1 } : null;
        }, cancellationToken);
        if (sent is null || !sending)
        {
            return null;
        }
        await AskAsync(sent, cancellationToken);
        return sent;
    }

    public async Task<Newsletter?> ScheduleAsync(int number, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduled = await store.UpdateAsync(number, n => n.Status is NewsletterStatus.Draft or NewsletterStatus.Scheduled
            ? n with { Status = NewsletterStatus.Scheduled, ScheduledAt = at, Version = n.Version + 1 }
            : null, cancellationToken);
        if (scheduled is { Status: NewsletterStatus.Scheduled })
        {
            await deliveries.ScheduleAsync(new DueItem($"{Kind}:{number.ToString(CultureInfo.InvariantCulture)}:{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}",
                at, Kind, $"{number.ToString(CultureInfo.InvariantCulture)}|{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}"), cancellationToken);
        }
        return scheduled;
    }

    /// <summary>Its minute came: sent if it is still scheduled for that minute.</summary>
    public async Task RunAsync(string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split('|');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return;
        }
        // It keeps the minute it was sent for: run again after a crash between marking it sent and asking for the broadcast,
        // this asks again, and the broadcast's id makes it once.
        var sent = await store.UpdateAsync(number, n => n.Status == NewsletterStatus.Scheduled && n.ScheduledAt?.UtcTicks == ticks
            ? n with { Status = NewsletterStatus.Sent, SentAt = clock.GetUtcNow(), Version = n.Version + 1 }
            : null, cancellationToken);
        if (sent is { Status: NewsletterStatus.Sent } && sent.ScheduledAt?.UtcTicks == ticks)
        {
            await AskAsync(sent, cancellationToken);
        }
    }

    /// <summary>A scheduled newsletter back to draft; a sending one stopped where it is.</summary>
    public async Task<Newsletter?> CancelAsync(int number, CancellationToken cancellationToken)
    {
        var newsletter = await store.UpdateAsync(number, n => n.Status == NewsletterStatus.Scheduled
            ? n with { Status = NewsletterStatus.Draft, ScheduledAt = null, Version = n.Version + 1 }
            : null, cancellationToken);
        if (newsletter is { Status: NewsletterStatus.Sent })
        {
            await deliveries.CancelAsync(BroadcastOf(number), cancellationToken);
        }
        return newsletter;
    }

    /// <summary>After a correction: every copy sent is replaced in place (a recipient not reached yet gets the corrected one).</summary>
    public async Task CorrectAsync(Newsletter corrected, CancellationToken cancellationToken) =>
        await deliveries.BroadcastAsync(new BroadcastRequest(CorrectionOf(corrected), await AudienceAsync(corrected, cancellationToken), NewsletterContent.Kind,
            corrected.Number.ToString(CultureInfo.InvariantCulture), DeliveryPriority.Bulk, $"Correction {corrected.Revision} of {corrected.Id}")
        { Updates = BroadcastOf(corrected.Number) }, cancellationToken);

    private async Task AskAsync(Newsletter newsletter, CancellationToken cancellationToken) =>
        await deliveries.BroadcastAsync(new BroadcastRequest(BroadcastOf(newsletter.Number), await AudienceAsync(newsletter, cancellationToken),
            NewsletterContent.Kind, newsletter.Number.ToString(CultureInfo.InvariantCulture), DeliveryPriority.Bulk,
            $"Newsletter {newsletter.Id}: \"{newsletter.Title}\""), cancellationToken);

    public async Task<Audience> AudienceAsync(Newsletter newsletter, CancellationToken cancellationToken) => (newsletter.AudienceKind switch
    {
        NewsletterAudienceKind.UserGroups => Audience.MembersOf(newsletter.Groups),
        NewsletterAudienceKind.Followers => Audience.FollowersOfAny(newsletter.Products),
        NewsletterAudienceKind.Staff => Audience.Only([.. (await members.FindByObjectIdsAsync(collab.Value.Staff, cancellationToken)).Select(m => m.Id)]),
        _ => Audience.MembersOf([]),
    }).About(MessageTopic.Newsletters);

    /// <summary>How many people the newsletter's audience reaches now, those who declined newsletters left out.</summary>
    public async Task<int> ReachAsync(Newsletter newsletter, CancellationToken cancellationToken)
    {
        IEnumerable<MemberRecord> reached;
        switch (newsletter.AudienceKind)
        {
            case NewsletterAudienceKind.Followers:
                var ids = new HashSet<MemberId>();
                foreach (var product in newsletter.Products)
                {
                    ids.UnionWith(await subscriptions.FollowersOfAsync(product, cancellationToken));
                }
                var found = new List<MemberRecord>();
                foreach (var id in ids)
                {
                    if (await members.FindAsync(id, cancellationToken) is { } member)
                    {
                        found.Add(member);
                    }
                }
                reached = found;
                break;
            case NewsletterAudienceKind.Staff:
                reached = await members.FindByObjectIdsAsync(collab.Value.Staff, cancellationToken);
                break;
            case NewsletterAudienceKind.UserGroups when newsletter.Groups.Count == 0:
                reached = [];
                break;
            default:
                reached = await members.ListAsync(newsletter.AudienceKind == NewsletterAudienceKind.UserGroups ? newsletter.Groups : [], cancellationToken);
                break;
        }
        return reached.Count(m => m.Address is not null && m.Wants(MessageTopic.Newsletters));
    }
}
