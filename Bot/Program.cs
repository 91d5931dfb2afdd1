using CollabBot.Bot.Hosting;

try
{
    CollabBotApp.Build(args).Run();
    return 0;
}
catch (Exception e) when (StartupChecks.RefusalIn(e) is { } refusal)
{
    // The host never ran: the operator reads why on the console.
    await Console.Error.WriteLineAsync(refusal.Message);
    return 1;
}

/// <summary>The host's entry point; public so integration tests can start it.</summary>
public partial class Program;
