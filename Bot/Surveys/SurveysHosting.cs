using CollabBot.Bot.Files;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Surveys;

namespace CollabBot.Bot.Surveys;

public static class SurveysHosting
{
    /// <summary>Survey storage and the export of responses.</summary>
    public static IServiceCollection AddSurveyHosting(this IServiceCollection services)
    {
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section)
            .PostConfigure<IHostEnvironment>((o, environment) =>
            {
                // Development without a key (Hosting/StartupChecks refuses this anywhere else): one for this run only.
                if (o.ResponseKey.Length == 0 && environment.IsDevelopment())
                {
                    o.ResponseKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                    o.ResponseKeyIsForThisRunOnly = true;
                }
            });
        services.AddSingleton(new TableName(TableSurveyStore.Surveys));
        services.AddSingleton(new TableName(TableSurveyStore.Responses));
        services.AddSingleton(new TableName(TableSurveyStore.Pending));
        services.AddSingleton<AnonymousEnvelope>();
        services.AddSingleton<ISurveyStore, TableSurveyStore>();
        services.AddSingleton<IExporter, SurveyExports>();
        return services;
    }
}
