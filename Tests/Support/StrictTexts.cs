using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CollabBot.Tests.Support;

/// <summary>
/// Texts that fail loudly: asking for a key that the resource does not have throws, so a turn test that reaches
/// it fails instead of showing the key's name to the member.
/// </summary>
public static class StrictTexts
{
    /// <summary>Register before <c>AddConversations</c>: its localisation then keeps this factory.</summary>
    public static IServiceCollection AddStrictTexts(this IServiceCollection services)
    {
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory>(sp => new Factory(sp.GetRequiredService<ResourceManagerStringLocalizerFactory>()));
        return services;
    }

    private sealed class Factory(IStringLocalizerFactory inner) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new Localizer(inner.Create(resourceSource), resourceSource.Name);

        public IStringLocalizer Create(string baseName, string location) => new Localizer(inner.Create(baseName, location), baseName);
    }

    private sealed class Localizer(IStringLocalizer inner, string resource) : IStringLocalizer
    {
        public LocalizedString this[string name] => Found(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Found(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Found(LocalizedString text) =>
            text.ResourceNotFound ? throw new InvalidOperationException($"{resource} has no text \"{text.Name}\".") : text;
    }
}
