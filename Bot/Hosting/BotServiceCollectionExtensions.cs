using CollabBot.Bot.Consultations;
using CollabBot.Bot.Contributions;
using CollabBot.Bot.Delivery;
using CollabBot.Bot.Files;
using CollabBot.Bot.Newsletters;
using CollabBot.Bot.Nominations;
using CollabBot.Bot.Questions;
using CollabBot.Bot.Storage;
using CollabBot.Bot.Surveys;
using CollabBot.Bot.Teams;
using CollabBot.Dialogs;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Members;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CollabBot.Bot.Hosting;

public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddCollabBot(this IServiceCollection services)
    {
        services.AddHostedService<StartupVerifier>();
        // Before every worker: the host starts them in this order, and each waits for the storage it needs.
        services.AddHostedService<StorageInitializer>();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => o.ConnectionString.Length > 0, "Storage:ConnectionString is required").ValidateOnStart();
        services.AddOptions<CollabOptions>().BindConfiguration(CollabOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();

        // Bot Framework: credentials from the root keys (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType,
        // MicrosoftAppTenantId); without an app id the bot runs anonymous.
        services.AddSingleton(sp => BotCredentialsInfo.From(sp.GetRequiredService<IConfiguration>()));
        // Without a client factory the SDK makes a new HttpClient, so a new connection (and TLS handshake), for every
        // proactive message; the factory's pooled handlers keep connections to the Bot Connector open, and the delivery
        // engine's tenant pacing sits on their pipeline.
        services.AddTransient<PacedConnectorHandler>();
        services.AddHttpClient(Microsoft.Extensions.Options.Options.DefaultName).AddHttpMessageHandler<PacedConnectorHandler>();
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>(), httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>()));
        services.AddSingleton<IStorage, TableBotStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<TenantGateMiddleware>();
        services.AddSingleton<TurnStateMiddleware>();
        services.AddSingleton<TurnErrorBoundary>();
        services.AddSingleton<MemberDirectory>();
        services.AddSingleton<ActivityClaims>();
        services.AddSingleton<IActivityClaims>(sp => sp.GetRequiredService<ActivityClaims>());
        services.AddSingleton(new TableName(ActivityClaims.Table));
        services.AddHostedService<ActivityClaimsPurge>();
        // CloudAdapter has two public constructors, which confuse the container: build it explicitly.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CollabAdapter>(sp));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CollabAdapter>());
        services.AddSingleton<ReplySender>();
        services.AddTransient<IBot, CollabActivityHandler>();

        services.AddSingleton<CollabTables>();
        services.AddSingleton<CollabQueues>();
        services.AddSingleton<CollabContainers>();
        services.AddOptions<FilesOptions>().BindConfiguration(FilesOptions.Section)
            .Validate(o => o.LinkLifetime > TimeSpan.Zero && o.LinkLifetime <= o.KeepFor, "Files:LinkLifetime must be positive and at most Files:KeepFor")
            .ValidateOnStart();
        services.AddSingleton(new ContainerName(DownloadFiles.Container));
        services.AddSingleton<DownloadFiles>();
        services.AddSingleton(new QueueName(ExportQueue.Queue));
        services.AddSingleton<ExportQueue>();
        services.AddSingleton<IExportRequests>(sp => sp.GetRequiredService<ExportQueue>());
        services.AddHostedService<ExportWorker>();
        services.AddSingleton(new TableName(CollabTables.Members));
        services.AddSingleton(new TableName(CollabTables.BotState));
        services.AddSingleton<IMemberStore, TableMemberStore>();
        services.AddDelivery();
        services.AddPlansStorage();

        services.AddSurveyHosting();
        services.AddQuestionsHosting();
        services.AddNominationsHosting();
        services.AddContributionsHosting();
        services.AddNewslettersHosting();
        services.AddConsultationsHosting();

        services.AddConversations();
        return services;
    }
}
