using System.Globalization;

namespace CollabBot.Dialogs.Localization;

/// <summary>
/// One fixed text in the languages we speak. <see cref="In"/> picks the member's language from their Teams
/// locale ("fr-CH" → French) and falls back to English where a translation is missing.
/// </summary>
public sealed record Localized(string En, string? Fr = null, string? Es = null, string? De = null)
{
    public string In(string? locale) => Language(locale) switch
    {
        "fr" => Fr ?? En,
        "es" => Es ?? En,
        "de" => De ?? En,
        _ => En,
    };

    /// <summary>Formats the text in the member's language; placeholders are {0}, {1}...</summary>
    public string In(string? locale, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, In(locale), args);

    /// <summary>The two-letter language of a Teams locale, lower case; "en" when there is none.</summary>
    public static string Language(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? "en" : locale.Split('-', '_')[0].Trim().ToLowerInvariant();
}
