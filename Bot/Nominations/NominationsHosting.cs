using CollabBot.Bot.Files;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Nominations;

namespace CollabBot.Bot.Nominations;

public static class NominationsHosting
{
    /// <summary>Nominations' storage and review panels.</summary>
    public static IServiceCollection AddNominationsHosting(this IServiceCollection services)
    {
        services.AddOptions<NominationOptions>().BindConfiguration(NominationOptions.Section)
            .Validate(o => new[] { o.Expert, o.Trainer, o.Speaker }.All(r => r.Reviewers >= 1 && r.Needed >= 1 && r.Needed <= r.Reviewers),
                "Nominations:{Kind}:Needed must be between 1 and Nominations:{Kind}:Reviewers")
            .Validate(o => o.TermYears is >= 1 and <= 10, "Nominations:TermYears must be between 1 and 10")
            .ValidateOnStart();
        services.AddSingleton(new TableName(TableNominationStore.TableName));
        services.AddSingleton<INominationStore, TableNominationStore>();
        services.AddSingleton<IExporter, NominationExporter>();
        return services;
    }
}
