namespace CollabBot.Bot.Hosting;

/// <summary>Builds the bot's web application: used by Program, and by the benchmarks to host it on loopback.</summary>
public static class CollabBotApp
{
    /// <param name="configure">Changes to the services after the bot's own (the benchmarks swap a part to measure it).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCollabBot();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.LogStartMode();
        app.MapCollabBot();
        return app;
    }
}
