namespace CollabBot.Bot.Teams;

/// <summary>Whether the bot runs with a Microsoft App ID (Teams) or anonymous (local testing only).</summary>
public sealed record BotCredentialsInfo(string AppId)
{
    public bool IsAnonymous => AppId.Length == 0;

    public static BotCredentialsInfo From(IConfiguration configuration) =>
        new(configuration["MicrosoftAppId"] ?? "");
}
