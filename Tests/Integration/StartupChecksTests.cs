using System.Diagnostics;
using CollabBot.Bot.Hosting;
using CollabBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CollabBot.Tests.Integration;

/// <summary>Outside Development the bot refuses to start without its credentials and secrets, naming each setting.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StartupChecksTests(Azurite azurite)
{
    private static Dictionary<string, string?> Complete() => new()
    {
        ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=https;AccountName=collab;AccountKey=a2V5;EndpointSuffix=core.windows.net",
        ["MicrosoftAppId"] = "6f1d6f2a-0000-4000-8000-00000000c0de",
        ["MicrosoftAppPassword"] = "a-client-secret",
        ["MicrosoftAppType"] = "MultiTenant",
        ["Surveys:ResponseKey"] = new string('k', 40),
        ["Collab:AllowedTenants:0"] = BotHost.Tenant,
    };

    [Fact]
    public void CompleteSettingsStartAnywhere() =>
        Assert.Empty(StartupChecks.Problems(Configuration(Complete()), Environment("Production")));

    [Theory]
    [InlineData("MicrosoftAppId", "MicrosoftAppId: the bot's app id")]
    [InlineData("MicrosoftAppPassword", "MicrosoftAppPassword: the client secret")]
    [InlineData("Surveys:ResponseKey", "Surveys:ResponseKey: a secret of at least 32 characters")]
    [InlineData("Collab:AllowedTenants:0", "Collab:AllowedTenants: the Microsoft Entra tenant ids")]
    [InlineData("Storage:ConnectionString", "Storage:ConnectionString: the storage account's connection string, with its account key")]
    public void OutsideDevelopmentEachMissingSettingIsNamed(string missing, string named)
    {
        var settings = Complete();
        settings[missing] = "";

        var problem = Assert.Single(StartupChecks.Problems(Configuration(settings), Environment("Production")));

        Assert.StartsWith(named, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "MicrosoftAppTenantId: the tenant of the bot's app registration")]
    [InlineData("Managed", "MicrosoftAppType: \"Managed\" is not MultiTenant, SingleTenant or UserAssignedMSI.")]
    public void TheRegistrationTypeSaysWhatElseIsNeeded(string type, string named)
    {
        var settings = Complete();
        settings["MicrosoftAppType"] = type;

        Assert.Contains(StartupChecks.Problems(Configuration(settings), Environment("Staging")), p => p.StartsWith(named, StringComparison.Ordinal));
    }

    [Fact]
    public void AllowingEveryTenantIsAnExplicitChoice()
    {
        var settings = Complete();
        settings["Collab:AllowedTenants:0"] = null;
        settings["Collab:AllowAllTenants"] = "true";

        Assert.Empty(StartupChecks.Problems(Configuration(settings), Environment("Production")));
    }

    [Fact]
    public void DevelopmentMakesDoButAShortKeyIsRefusedEverywhere()
    {
        var empty = Configuration([]);
        Assert.Empty(StartupChecks.Problems(empty, Environment("Development")));

        var shortKey = Configuration(new() { ["Surveys:ResponseKey"] = "local-development-only" });
        Assert.Equal(["Surveys:ResponseKey is shorter than 32 characters."], StartupChecks.Problems(shortKey, Environment("Development")));
    }

    [Fact]
    public void TheShippedSettingsHoldNoSecret()
    {
        var shipped = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepoPaths.Root, "Bot", "appsettings.json")).Build();

        Assert.True(string.IsNullOrEmpty(shipped["Surveys:ResponseKey"]));
        Assert.True(string.IsNullOrEmpty(shipped["MicrosoftAppPassword"]));
        Assert.Null(shipped["Files:SigningKey"]);
    }

    [Fact]
    public async Task TheBotProcessRefusesToStartInProductionWithTheShippedSettingsAndSaysWhy()
    {
        var bot = Path.Combine(AppContext.BaseDirectory, "CollabBot.Bot.dll");
        var start = new ProcessStartInfo("dotnet", [bot, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Storage__ConnectionString"] = azurite.ConnectionString;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var said = await errors;
        Assert.Contains("- MicrosoftAppId: the bot's app id", said, StringComparison.Ordinal);
        Assert.Contains("- Surveys:ResponseKey: a secret", said, StringComparison.Ordinal);
        Assert.Contains("- Collab:AllowedTenants:", said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
