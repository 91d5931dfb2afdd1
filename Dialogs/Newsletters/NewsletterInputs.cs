using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>What the composer card sent, checked: the versions, image, products and links; or what is wrong with it.</summary>
public sealed record NewsletterInputs(IReadOnlyDictionary<string, NewsletterVersion> Versions, string? ImageUrl, IReadOnlyList<string> Products,
    IReadOnlyList<NewsletterLink> Links)
{
    /// <summary>Teams takes a card of about 40,000 characters of JSON at most (a message is 80 KB counted in UTF-16).</summary>
    public const int MaxCardCharacters = 40_000;

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["en"] = "English",
        ["fr"] = "French",
        ["es"] = "Spanish",
        ["de"] = "German",
    };

    public static (NewsletterInputs? Inputs, string? Problem) Parse(CardSubmit submit, IReadOnlySet<string> knownProducts)
    {
        var versions = new Dictionary<string, NewsletterVersion>(StringComparer.Ordinal);
        foreach (var language in Newsletter.Languages)
        {
            var title = (submit[NewsletterVerbs.TitleInput(language)] ?? "").Trim();
            var body = (submit[NewsletterVerbs.BodyInput(language)] ?? "").Trim();
            var name = LanguageNames[language];
            if (title.Length == 0 && body.Length == 0 && language != Newsletter.English)
            {
                continue;
            }
            if (title.Length == 0 || body.Length == 0)
            {
                return (null, language == Newsletter.English
                    ? "The English version needs a title and a text."
                    : $"The {name} version needs both a title and a text (or neither).");
            }
            if (title.Length > ComposeCard.MaxTitle || body.Length > ComposeCard.MaxBody)
            {
                return (null, $"The {name} version is too long: a title takes {ComposeCard.MaxTitle} characters and a text {ComposeCard.MaxBody:N0}.");
            }
            versions[language] = new NewsletterVersion(title, body);
        }
        var image = (submit[NewsletterVerbs.ImageInput] ?? "").Trim();
        if (image.Length > 0 && !NewsletterMarkdown.IsHttpsUrl(image))
        {
            return (null, "The image must be an https address (https://...).");
        }
        var links = new List<NewsletterLink>();
        for (var i = 1; i <= 2; i++)
        {
            var title = (submit[NewsletterVerbs.LinkTitleInput(i)] ?? "").Trim();
            var url = (submit[NewsletterVerbs.LinkUrlInput(i)] ?? "").Trim();
            if (title.Length == 0 && url.Length == 0)
            {
                continue;
            }
            if (title.Length == 0 || title.Length > 40 || !NewsletterMarkdown.IsHttpsUrl(url))
            {
                return (null, $"Button {i} needs a title (up to 40 characters) and an https address.");
            }
            links.Add(new NewsletterLink(title, url));
        }
        var products = (submit[NewsletterVerbs.ProductsInput] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(knownProducts.Contains).Distinct(StringComparer.Ordinal).ToList();
        return (new NewsletterInputs(versions, image.Length > 0 ? image : null, products, links), null);
    }

    /// <summary>What was typed, unchecked: to show the composer again with it when something is wrong.</summary>
    public static Newsletter Typed(CardSubmit submit, Newsletter into)
    {
        var versions = new Dictionary<string, NewsletterVersion>(StringComparer.Ordinal);
        foreach (var language in Newsletter.Languages)
        {
            var title = submit[NewsletterVerbs.TitleInput(language)] ?? "";
            var body = submit[NewsletterVerbs.BodyInput(language)] ?? "";
            if (title.Length > 0 || body.Length > 0)
            {
                versions[language] = new NewsletterVersion(title, body);
            }
        }
        var links = Enumerable.Range(1, 2).Select(i => new NewsletterLink(submit[NewsletterVerbs.LinkTitleInput(i)] ?? "", submit[NewsletterVerbs.LinkUrlInput(i)] ?? ""))
            .Where(l => l.Title.Length > 0 || l.Url.Length > 0).ToList();
        return into with
        {
            Versions = versions,
            ImageUrl = submit[NewsletterVerbs.ImageInput] is { Length: > 0 } image ? image : null,
            Links = links,
            Products = (submit[NewsletterVerbs.ProductsInput] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }

    public Newsletter ApplyTo(Newsletter newsletter) =>
        newsletter with { Versions = Versions, ImageUrl = ImageUrl, Products = Products, Links = Links };

    /// <summary>The first version whose card would be too big for Teams, with its size; null when every one fits.</summary>
    public static string? TooBig(Newsletter newsletter, Func<string, int> cardCharacters)
    {
        foreach (var language in newsletter.Versions.Keys)
        {
            var size = cardCharacters(language);
            if (size > MaxCardCharacters)
            {
                return $"The {LanguageNames[language]} version makes a card of {size:N0} characters, and Teams takes at most {MaxCardCharacters:N0}: shorten its text.";
            }
        }
        return null;
    }
}
