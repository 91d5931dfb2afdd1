using CollabBot.Dialogs.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CollabBot.Tests.Support;

/// <summary>The bot's texts as its resources hold them, for tests that build cards or check what was said.</summary>
public static class Texts
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().AddLocalization().AddStrictTexts()
        .BuildServiceProvider();

    public static IStringLocalizer<T> Of<T>() => Services.GetRequiredService<IStringLocalizer<T>>();

    /// <summary>One text in a language ("fr"), its placeholders filled in.</summary>
    public static string In<T>(string language, string key, params object[] args)
    {
        using (MemberCulture.Use(language))
        {
            return args.Length == 0 ? Of<T>()[key] : Of<T>()[key, args];
        }
    }

    public static string English<T>(string key, params object[] args) => In<T>(MemberCulture.English, key, args);

    /// <summary>Builds something, such as a card's labels, in a language.</summary>
    public static TResult In<TResult>(string language, Func<TResult> build)
    {
        using (MemberCulture.Use(language))
        {
            return build();
        }
    }
}
