using CollabBot.Bot.Hosting;

CollabBotApp.Build(args).Run();

/// <summary>The host's entry point; public so integration tests can start it.</summary>
public partial class Program;
