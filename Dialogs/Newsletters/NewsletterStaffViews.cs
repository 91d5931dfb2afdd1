using System.Globalization;
using CollabBot.Cards.Model;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Localization;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>Staff's cards for newsletters: the composer and the card of one newsletter (preview, audience, sending, totals).</summary>
public sealed class NewsletterStaffViews(
    INewsletterStore store, NewsletterViews views, NewsletterSending sending, IDeliveries deliveries, IPlansCatalogue catalogue,
    IOptions<CollabOptions> collab)
{
    public async Task<AdaptiveCard> ComposeAsync(Newsletter? newsletter, string? problem, CancellationToken cancellationToken)
    {
        var products = await catalogue.ListProductsAsync(cancellationToken);
        return ComposeCard.Build(new ComposeView(newsletter?.Number ?? 0, newsletter?.Status == NewsletterStatus.Sent,
            newsletter?.Versions.ToDictionary(v => v.Key, v => (v.Value.Title, v.Value.Body)) ?? [], newsletter?.ImageUrl, newsletter?.Products ?? [],
            [.. (newsletter?.Links ?? []).Select(l => (l.Title, l.Url))], [.. products.Select(p => new Choice(p.Name, p.Id))], problem));
    }

    public async Task<AdaptiveCard> CardAsync(Newsletter n, string language, string? problem, CancellationToken cancellationToken)
    {
        language = n.Versions.ContainsKey(language) ? language : Newsletter.English;
        AdaptiveCard member;
        using (MemberCulture.Use(language))
        {
            member = await views.MemberCardAsync(n, language, expanded: false, foundHelpful: false, preview: true, cancellationToken);
        }
        var progress = n.Status == NewsletterStatus.Sent ? await deliveries.ProgressAsync(NewsletterSending.BroadcastOf(n.Number), cancellationToken) : null;
        var counts = n.Status == NewsletterStatus.Sent ? await CountsAsync(n, progress, cancellationToken) : [];
        return StaffNewsletterCard.Build(new StaffNewsletterView(n.Number, n.Title, Status(n), n.Status == NewsletterStatus.Draft,
            n.Status == NewsletterStatus.Scheduled, n.Status == NewsletterStatus.Sent, progress is { Complete: false }, member, language,
            [.. Newsletter.Languages.Where(n.Versions.ContainsKey)], AudienceValue(n.AudienceKind), n.Groups,
            [.. collab.Value.UserGroups.Select(g => new Choice(g, g))],
            n.Status is NewsletterStatus.Draft or NewsletterStatus.Scheduled ? await sending.ReachAsync(n, cancellationToken) : 0, counts, problem));
    }

    public static string AudienceValue(NewsletterAudienceKind kind) => kind switch
    {
        NewsletterAudienceKind.UserGroups => "groups",
        NewsletterAudienceKind.Followers => "followers",
        NewsletterAudienceKind.Staff => "staff",
        _ => "all",
    };

    public static NewsletterAudienceKind? ParseAudience(string? value) => value switch
    {
        "all" => NewsletterAudienceKind.AllMembers,
        "groups" => NewsletterAudienceKind.UserGroups,
        "followers" => NewsletterAudienceKind.Followers,
        "staff" => NewsletterAudienceKind.Staff,
        _ => null,
    };

    public static string Status(Newsletter n) => n.Status switch
    {
        NewsletterStatus.Scheduled => $"Scheduled for {n.ScheduledAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC",
        NewsletterStatus.Sent => $"Sent {n.SentAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC"
            + (n.Revision > 0 ? $", corrected {n.Revision.ToString(CultureInfo.InvariantCulture)} time{(n.Revision == 1 ? "" : "s")}" : ""),
        NewsletterStatus.Cancelled => "Cancelled",
        _ => "Draft",
    };

    private async Task<IReadOnlyList<Fact>> CountsAsync(Newsletter n, BroadcastProgress? progress, CancellationToken cancellationToken)
    {
        var engagement = await store.EngagementAsync(n.Number, cancellationToken);
        static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var facts = new List<Fact>();
        if (progress is { } p)
        {
            facts.Add(new Fact("Delivered", Count(p.Sent)));
            if (!p.Complete)
            {
                facts.Add(new Fact("Still to send", p.FannedOut ? Count(p.Pending) : $"{Count(p.Pending)} so far, still finding the recipients"));
            }
            facts.Add(new Fact("Failed", Count(p.Failed)));
            facts.Add(new Fact("Unreachable", Count(p.Gone)));
        }
        facts.Add(new Fact("Read (\"read more\")", Count(engagement.Read)));
        facts.Add(new Fact("Found it helpful", Count(engagement.Helpful)));
        facts.Add(new Fact("Replies", Count(engagement.Replies)));
        return facts;
    }
}
