namespace CollabBot.Dialogs.Newsletters;

public enum NewsletterStatus { Draft, Scheduled, Sent, Cancelled }

public enum NewsletterAudienceKind { AllMembers, UserGroups, Followers, Staff }

/// <summary>One language's words of a newsletter: a title and a Markdown body.</summary>
public sealed record NewsletterVersion(string Title, string Body);

/// <summary>A button under the newsletter that opens a page (https).</summary>
public sealed record NewsletterLink(string Title, string Url);

/// <summary>
/// A newsletter to the user groups, numbered NL1, NL2...: English and optionally French, Spanish and German versions,
/// an image, the products it concerns, up to two links; who it goes to; when it was (or will be) sent. Edited after
/// sending, <see cref="Revision"/> counts the corrections pushed to the copies members already have.
/// </summary>
public sealed record Newsletter(int Number, NewsletterStatus Status, IReadOnlyDictionary<string, NewsletterVersion> Versions, DateTimeOffset Created,
    string Author)
{
    public const string English = "en";
    public static readonly IReadOnlyList<string> Languages = [English, "fr", "es", "de"];

    public string? ImageUrl { get; init; }

    public IReadOnlyList<string> Products { get; init; } = [];

    public IReadOnlyList<NewsletterLink> Links { get; init; } = [];

    public NewsletterAudienceKind AudienceKind { get; init; } = NewsletterAudienceKind.AllMembers;

    /// <summary>The user groups chosen when <see cref="AudienceKind"/> is <see cref="NewsletterAudienceKind.UserGroups"/>.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    public DateTimeOffset? ScheduledAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public int Revision { get; init; }

    /// <summary>Bumped on every change, so an update asked for twice is one broadcast.</summary>
    public int Version { get; init; }

    public string Id => $"NL{Number}";

    public string Title => Versions.TryGetValue(English, out var english) ? english.Title : "";

    /// <summary>The version for a locale ("fr-CA" → French) when there is one, else English.</summary>
    public NewsletterVersion For(string locale)
    {
        var language = locale.Split('-')[0].ToLowerInvariant();
        return Versions.TryGetValue(language, out var version) ? version : Versions[English];
    }
}
