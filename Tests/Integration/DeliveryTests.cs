using System.Collections.Concurrent;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Notifications;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CollabBot.Tests.Integration;

/// <summary>The delivery engine through the real host on Azurite, to the connector stub.</summary>
public sealed class DeliveryTests(Azurite azurite, ITestOutputHelper output) : IntegrationTest(azurite)
{
    private readonly ConcurrentQueue<LogEntry> logged = new();

    protected override BotHost CreateHost() => new(Azurite, Connector,
        configureServices: services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(logged)));

    [Fact]
    public async Task AMessageToAMemberArrivesOnce()
    {
        var member = Host.User("d-one");
        await member.Says("hello");
        Connector.Clear();

        await Host.Services.GetRequiredService<INotifier>().NotifyAsync(new MemberId(BotHost.Tenant, "d-one"), new TextReply("Your export is ready"), default);

        try
        {
            await Connector.WaitForAsync(c => c.Text == "Your export is ready");
        }
        finally
        {
            foreach (var e in logged)
            {
                output.WriteLine($"{e.Level} {e.Category}: {e.Message} {e.Exception}");
            }
        }
        await Task.Delay(500);
        Assert.Single(Connector.CallsFor(member.ConversationId));
    }
}
