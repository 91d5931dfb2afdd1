using System.Net;
using CollabBot.Bot.Storage;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Integration;

public sealed class HealthTests(Azurite azurite) : IntegrationTest(azurite)
{
    [Fact]
    public async Task HealthIsOkWhenStorageAnswers()
    {
        using var client = Host.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthIs503WhenStorageIsDown()
    {
        var closedPort = Azurite.ConnectionStringFor(1, 1, 1);
        await using var host = new BotHost(Azurite, Connector, new() { ["Storage:ConnectionString"] = closedPort },
            services => services.Remove(services.Single(d => d.ImplementationType == typeof(StorageInitializer))));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
