using CollabBot.Tests.Support;

namespace CollabBot.Tests.Integration;

/// <summary>Each test class gets the real host on its own tables in the shared Azurite, and a connector stub.</summary>
[Collection(AzuriteCollection.Name)]
public abstract class IntegrationTest(Azurite azurite) : IAsyncLifetime
{
    protected Azurite Azurite => azurite;

    protected BotHost Host { get; private set; } = null!;

    protected ConnectorStub Connector { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connector = await ConnectorStub.StartAsync();
        Host = CreateHost();
        _ = Host.Server; // starts the host (and creates its tables) before the test
    }

    protected virtual BotHost CreateHost() => new(Azurite, Connector);

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
