using CollabBot.Dialogs;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CollabBot.Tests.Localization;

/// <summary>
/// The texts resolve at run time as the container built by <c>AddConversations</c> reads them: each .resx is found
/// under its marker type (resource names follow the project's root namespace), in each language, text for text.
/// </summary>
public sealed class ResourceLookupTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddLogging().AddConversations().BuildServiceProvider();

    [Fact]
    public void AFrenchMemberGetsTheFrenchText()
    {
        var texts = services.GetRequiredService<IStringLocalizer<HelpTexts>>();

        using (MemberCulture.Use("fr-CH"))
        {
            var heading = texts["HelpHeading"];
            Assert.False(heading.ResourceNotFound);
            Assert.Equal("Aide de CollabBot", heading.Value);
        }
        using (MemberCulture.Use("it-IT"))
        {
            Assert.Equal("CollabBot help", texts["HelpHeading"].Value);
        }
    }

    [Fact]
    public void EveryTextOfEveryResourceIsReadInEveryLanguage()
    {
        var factory = services.GetRequiredService<IStringLocalizerFactory>();
        var problems = new List<string>();
        foreach (var neutral in ResourceFile.Neutral())
        {
            var marker = MarkerOf(neutral);
            if (marker is null)
            {
                problems.Add($"{neutral.Name}: no marker type {MarkerName(neutral)}");
                continue;
            }
            var texts = factory.Create(marker);
            foreach (var (language, file) in ResourceFile.Translations.Select(l => (l, neutral.In(l))).Prepend(("en", neutral)))
            {
                using (MemberCulture.Use(language))
                {
                    foreach (var (key, expected) in file?.Texts ?? new Dictionary<string, string>())
                    {
                        var found = texts[key];
                        if (found.ResourceNotFound || found.Value != expected)
                        {
                            problems.Add($"{neutral.Name}, {language}, {key}: read \"{found.Value}\"");
                        }
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheHostSaysItsRepliesInTheActivityLocale()
    {
        Assert.StartsWith("Désolé, un problème est survenu", HostReplies.SomethingWentWrong("fr-FR"), StringComparison.Ordinal);
        Assert.StartsWith("Sorry, something went wrong", HostReplies.SomethingWentWrong(null), StringComparison.Ordinal);
        Assert.StartsWith("CollabBot ist für Ihre Organisation noch nicht verfügbar", HostReplies.NotAvailableToOrganisation("de-AT"), StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageScopeRestoresTheCultureItFound()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        using (MemberCulture.Use("es-MX"))
        {
            Assert.Equal("es", System.Globalization.CultureInfo.CurrentUICulture.Name);
            Assert.Equal("es", System.Globalization.CultureInfo.CurrentCulture.Name);
        }
        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }

    // Dialogs/Forms/FormTexts.resx is read through the type CollabBot.Dialogs.Forms.FormTexts of CollabBot.Dialogs.
    private static string MarkerName(ResourceFile file)
    {
        var parts = Path.ChangeExtension(file.Name, null).Split('/');
        return $"CollabBot.{string.Join('.', parts)}, CollabBot.{parts[0]}";
    }

    private static Type? MarkerOf(ResourceFile file) => Type.GetType(MarkerName(file));

    public void Dispose() => services.Dispose();
}
