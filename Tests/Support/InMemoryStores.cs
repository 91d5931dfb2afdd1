using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollabBot.Tests.Support;

public static class InMemoryStores
{
    /// <summary>
    /// In-memory stores for every feature the engine has, where a test registered none of its own, so that a
    /// test of one feature can start the whole engine. A new feature adds its fakes here.
    /// </summary>
    public static IServiceCollection AddInMemoryStores(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddOptions<CollabOptions>();
        services.PostConfigure<SurveyOptions>(o => o.ResponseKey = o.ResponseKey.Length > 0 ? o.ResponseKey : "unit-test-response-key-0123456789-abcdefghijkl");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMemberStore>(new FakeMemberStore());
        services.TryAddSingleton<INotifier>(new FakeNotifier());
        services.TryAddSingleton<IPlansCatalogue>(new InMemoryPlansCatalogue());
        services.TryAddSingleton<IPlanSubscriptions>(new InMemoryPlanSubscriptions());
        services.TryAddSingleton<IPlanQuestions>(new InMemoryPlanQuestions());
        services.TryAddSingleton<ISurveyStore>(new InMemorySurveyStore());
        services.TryAddSingleton<IExportRequests, RecordedExportRequests>();
        return services;
    }
}
