namespace CollabBot.Bot.Hosting;

/// <summary>Builds the bot's web application: used by Program, and by the benchmarks to host it on loopback.</summary>
public static class CollabBotApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCollabBot(builder.Configuration);
        var app = builder.Build();
        app.LogCredentialMode();
        app.MapCollabBot();
        return app;
    }
}
