using CollabBot.Bot.Teams;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Surveys;
using Microsoft.Extensions.Options;

namespace CollabBot.Bot.Hosting;

/// <summary>What an operator should know about how the bot runs: said once, at start.</summary>
public static partial class StartupLog
{
    public static void LogStartMode(this WebApplication app)
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
        var collab = app.Services.GetRequiredService<IOptions<CollabOptions>>().Value;
        if (collab.AllowAllTenants || collab.AllowedTenants.Count == 0)
        {
            LogAllTenants(logger, collab.AllowAllTenants ? "Collab:AllowAllTenants is true" : "Development, and Collab:AllowedTenants is empty");
        }
        else
        {
            LogTenants(logger, collab.AllowedTenants.Count);
        }
        if (app.Services.GetRequiredService<IOptions<SurveyOptions>>().Value.ResponseKeyIsForThisRunOnly)
        {
            LogEphemeralKey(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No MicrosoftAppId configured: the bot runs anonymous and accepts unauthenticated requests. Use this for local testing only.")]
    private static partial void LogAnonymous(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework authentication is on: requests without a valid token are refused with 401.")]
    private static partial void LogAuthenticated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "People of every tenant may use the bot ({Why}).")]
    private static partial void LogAllTenants(ILogger logger, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "People of {Count} allowed tenants may use the bot.")]
    private static partial void LogTenants(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Surveys:ResponseKey is not set: a key was made for this run only (Development); anonymous respondents lose their place when the bot restarts.")]
    private static partial void LogEphemeralKey(ILogger logger);
}
