using CollabBot.Dialogs.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// What the host says outside the conversation engine (the error boundary, the tenant gate), in the language of
/// the activity's locale. Static: these run where no turn, and so no container, is at hand.
/// </summary>
public static class HostReplies
{
    private static readonly IStringLocalizer Texts = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(ConversationTexts));

    public static string SomethingWentWrong(string? locale) => In(locale, nameof(SomethingWentWrong));

    public static string SomethingWentWrongInForm(string? locale) => In(locale, nameof(SomethingWentWrongInForm));

    public static string StorageUnavailable(string? locale) => In(locale, nameof(StorageUnavailable));

    public static string NotAvailableToOrganisation(string? locale) => In(locale, nameof(NotAvailableToOrganisation));

    private static string In(string? locale, string key)
    {
        using (MemberCulture.Use(locale))
        {
            return Texts[key];
        }
    }
}
