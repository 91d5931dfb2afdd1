namespace CollabBot.Bot.Hosting;

/// <summary>Builds the bot's web application: used by Program, and by the benchmarks to host it on loopback.</summary>
public static class CollabBotApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCollabBot();
        var app = builder.Build();
        app.LogStartMode();
        app.MapCollabBot();
        return app;
    }
}
