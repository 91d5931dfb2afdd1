using CollabBot.Bot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Bench.Turns;

/// <summary>
/// The floor: the smallest bot that does what every turn must, on the same parts: CloudAdapter, one state read
/// and one state write through the same Table Storage IStorage on the same Azurite, and one reply.
/// </summary>
public static class EchoFloor
{
    public static async Task<WebApplication> StartAsync(string connectionString, string tablePrefix)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = tablePrefix,
        });
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        builder.Services.AddSingleton(new TableName(CollabTables.BotState));
        builder.Services.AddSingleton<CollabTables>();
        builder.Services.AddSingleton<IStorage, TableBotStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>()));
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        await app.Services.GetRequiredService<CollabTables>().CreateAllAsync(default);
        app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        await app.StartAsync();
        return app;
    }

    private sealed class EchoBot(ConversationState state) : ActivityHandler
    {
        private readonly IStatePropertyAccessor<EchoCount> count = state.CreateProperty<EchoCount>("echo");

        protected override async Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            var seen = await count.GetAsync(turnContext, () => new EchoCount(), cancellationToken);
            seen.Turns++;
            await count.SetAsync(turnContext, seen, cancellationToken);
            await turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken: cancellationToken);
            await state.SaveChangesAsync(turnContext, false, cancellationToken);
        }
    }

    private sealed class EchoCount
    {
        public int Turns { get; set; }
    }
}
