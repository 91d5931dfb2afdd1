using System.Globalization;

namespace CollabBot.Dialogs.Localization;

/// <summary>
/// The languages the bot speaks (English, French, Spanish, German) and the culture text is built in. A locale
/// picks its language ("fr-CH" → French); any other language gets English.
/// </summary>
public static class MemberCulture
{
    public const string English = "en";

    public static readonly IReadOnlyList<string> Languages = [English, "fr", "es", "de"];

    /// <summary>The language of a locale that the bot speaks, lower case; English for any other.</summary>
    public static string LanguageOf(string? locale)
    {
        var language = string.IsNullOrWhiteSpace(locale) ? English : locale.Split('-', '_')[0].Trim().ToLowerInvariant();
        return Languages.Contains(language) ? language : English;
    }

    /// <summary>
    /// Until disposed, texts (<see cref="CultureInfo.CurrentUICulture"/>) and the numbers in them
    /// (<see cref="CultureInfo.CurrentCulture"/>) are in the language of <paramref name="locale"/>.
    /// </summary>
    public static IDisposable Use(string? locale) => new Scope(CultureInfo.GetCultureInfo(LanguageOf(locale)));

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

        public Scope(CultureInfo language)
        {
            CultureInfo.CurrentCulture = language;
            CultureInfo.CurrentUICulture = language;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
