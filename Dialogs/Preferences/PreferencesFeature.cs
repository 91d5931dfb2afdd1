using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Preferences;

public static class PreferencesFeature
{
    public static IServiceCollection AddPreferences(this IServiceCollection services)
    {
        services.AddSingleton<ICommand, PreferencesCommand>();
        services.AddSingleton<ICardAction, SavePreferencesAction>();
        return services;
    }
}
