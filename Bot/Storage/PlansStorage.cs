using CollabBot.Dialogs.Plans;

namespace CollabBot.Bot.Storage;

public static class PlansStorage
{
    /// <summary>The plans feature's tables and stores and the first-start sample loader (after the tables exist).</summary>
    public static IServiceCollection AddPlansStorage(this IServiceCollection services)
    {
        services.AddSingleton(new TableName(TablePlansCatalogue.TableName));
        services.AddSingleton(new TableName(TablePlanSubscriptions.TableName));
        services.AddSingleton(new TableName(TablePlanQuestions.TableName));
        services.AddSingleton<TablePlansCatalogue>();
        services.AddSingleton<IPlansCatalogue>(sp => sp.GetRequiredService<TablePlansCatalogue>());
        services.AddSingleton<IPlanSubscriptions, TablePlanSubscriptions>();
        services.AddSingleton<IPlanQuestions, TablePlanQuestions>();
        services.AddHostedService<PlansSampleLoader>();
        return services;
    }
}
