using CollabBot.Bot.Files;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Contributions;

namespace CollabBot.Bot.Contributions;

public static class ContributionsHosting
{
    /// <summary>Contributions' storage, export and the observer groups.</summary>
    public static IServiceCollection AddContributionsHosting(this IServiceCollection services)
    {
        services.AddOptions<ContributionOptions>().BindConfiguration(ContributionOptions.Section)
            .Validate(o => o.Observers.All(g => g.Trim().Length > 0), "Contributions:ObserverGroups must not hold an empty name")
            .ValidateOnStart();
        services.AddSingleton(new TableName(TableContributionStore.TableName));
        services.AddSingleton<IContributionStore, TableContributionStore>();
        services.AddSingleton<IExporter, ContributionExporter>();
        return services;
    }
}
