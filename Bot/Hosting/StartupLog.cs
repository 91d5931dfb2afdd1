using CollabBot.Bot.Teams;

namespace CollabBot.Bot.Hosting;

public static partial class StartupLog
{
    public static void LogCredentialMode(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CollabBot");
        if (app.Services.GetRequiredService<BotCredentialsInfo>().IsAnonymous)
        {
            LogAnonymous(logger);
        }
        else
        {
            LogAuthenticated(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No MicrosoftAppId configured: the bot runs anonymous and accepts unauthenticated requests. Use this for local testing only.")]
    private static partial void LogAnonymous(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework authentication is on: requests without a valid token are refused with 401.")]
    private static partial void LogAuthenticated(ILogger logger);
}
