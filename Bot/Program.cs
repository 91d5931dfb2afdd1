using CollabBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCollabBot(builder.Configuration);

var app = builder.Build();
app.LogCredentialMode();
app.MapCollabBot();
app.Run();

/// <summary>The host's entry point; public so integration tests can start it.</summary>
public partial class Program;
