using CollabBot.Bot.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CollabBot.Tests.Unit;

public sealed class DeliveryOptionsTests
{
    [Fact]
    public void TheDefaultsPaceAtTeamsLimitAndLeaseShardsForFiveSeconds()
    {
        var options = Options(new Dictionary<string, string?>());

        Assert.Equal(50, options.TenantRate);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ShardLease);
    }

    [Theory]
    [InlineData("Delivery:TenantRate", "60", "Delivery:TenantRate must be above 0 and at most 50")]
    [InlineData("Delivery:ShardLease", "00:00:01", "Delivery:ShardLease must be at least 3 seconds")]
    public void ASettingOutsideWhatWorksIsRefusedByName(string key, string value, string named)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Options(new() { [key] = value }));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    private static DeliveryOptions Options(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddDelivery();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DeliveryOptions>>().Value;
    }
}
