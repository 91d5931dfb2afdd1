using System.Globalization;
using CollabBot.Cards.Model;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Plans;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>Builds a newsletter's member card in the current UI culture (the reader's language).</summary>
public sealed class NewsletterViews(IPlansCatalogue catalogue, IStringLocalizer<NewsletterTexts> texts, TimeProvider clock)
{
    public async Task<AdaptiveCard> MemberCardAsync(Newsletter newsletter, string locale, bool expanded, bool foundHelpful, bool preview,
        CancellationToken cancellationToken)
    {
        var version = newsletter.For(locale);
        var products = new List<string>();
        foreach (var id in newsletter.Products)
        {
            products.Add((await catalogue.FindProductAsync(id, cancellationToken))?.Name ?? id);
        }
        var date = (newsletter.SentAt ?? clock.GetUtcNow()).ToString("d MMMM yyyy", CultureInfo.CurrentUICulture);
        return NewsletterCard.Build(new NewsletterView(newsletter.Number, version.Title, version.Body, newsletter.ImageUrl, date, products,
            [.. newsletter.Links.Select(l => (l.Title, l.Url))], expanded, foundHelpful, preview), Labels);
    }

    public NewsletterLabels Labels => new(texts["ReadMore"], texts["Helpful"], texts["FoundHelpful"], texts["Reply"], texts["ReplyPlaceholder"],
        texts["Send"], texts["ReplyRequired"]);
}
