using CollabBot.Bot.Files;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Newsletters;

namespace CollabBot.Bot.Newsletters;

public static class NewslettersHosting
{
    /// <summary>Newsletters' storage and the export of their delivery outcomes.</summary>
    public static IServiceCollection AddNewslettersHosting(this IServiceCollection services)
    {
        services.AddSingleton(new TableName(TableNewsletterStore.TableName));
        services.AddSingleton<INewsletterStore, TableNewsletterStore>();
        services.AddSingleton<IExporter, NewsletterExporter>();
        return services;
    }
}
