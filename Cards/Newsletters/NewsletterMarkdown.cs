using CollabBot.Cards.Model;

namespace CollabBot.Cards.Newsletters;

// Placeholder until the renderer lands.
public static class NewsletterMarkdown
{
    public static IReadOnlyList<CardElement> Render(string markdown) =>
        [.. markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => (CardElement)(p.StartsWith('#') ? new TextBlock(p.TrimStart('#', ' ')) { Weight = TextWeight.Bolder } : new TextBlock(p)))];

    public static IReadOnlyList<CardElement> Excerpt(string markdown, int maxChars) =>
        [new TextBlock(markdown.Length <= maxChars ? markdown : markdown[..maxChars] + "…")];

    public static bool IsLongerThan(string markdown, int maxChars) => markdown.Length > maxChars;

    public static bool IsHttpsUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
