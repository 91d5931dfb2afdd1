using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Tests.Support;

/// <summary>
/// The real ASP.NET host of the bot, on Azurite (its own tables), with replies going to a connector stub.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public const string Tenant = "11111111-1111-1111-1111-111111111111";
    public const string StaffId = "staff-0001";

    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="tablePrefix">Another host's prefix, for a second instance on the same storage.</param>
    public BotHost(Azurite azurite, ConnectorStub connector, Dictionary<string, string?>? overrides = null,
        Action<IServiceCollection>? configureServices = null, string? tablePrefix = null)
    {
        Connector = connector;
        this.configureServices = configureServices;
        TablePrefix = tablePrefix ?? "t" + Guid.NewGuid().ToString("N")[..10];
        settings = new()
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Collab:Staff:0"] = StaffId,
            ["Collab:AllowedTenants:0"] = Tenant,
            ["MicrosoftAppId"] = "",
            ["Surveys:ResponseKey"] = "integration-test-response-key-0123456789abcdef",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }
    }

    public ConnectorStub Connector { get; }

    public string TablePrefix { get; }

    public ChatUser User(string objectId, string name = "Ada Member", string tenant = Tenant) =>
        new(this, tenant, objectId, name);

    public ChatUser Staff() => User(StaffId, "Sam Staff");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Anonymous, as the tests post without tokens: that is only allowed in Development (StartupChecksTests try the rest).
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }
}
