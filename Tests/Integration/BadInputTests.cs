using System.Net;
using Azure.Data.Tables;
using CollabBot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

public sealed class BadInputTests(Azurite azurite) : IntegrationTest(azurite)
{
    [Fact]
    public async Task MalformedJsonIsA400()
    {
        var response = await Host.User("m-bad").PostAsync("{\"type\": \"message\", \"text\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("from", "sender")]
    [InlineData("conversation", "conversation")]
    [InlineData("serviceUrl", "serviceUrl")]
    public async Task AnActivityMissingARequiredPartIsA400(string part, string named)
    {
        var user = Host.User("m-partial");
        var activity = user.Activity("message", new JObject { ["text"] = "help" });
        activity.Remove(part);

        var response = await user.PostAsync(activity.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task AnEmptyMessageGetsAPoliteReply()
    {
        var replies = await Host.User("m-empty").Says("   ");

        Assert.Contains("empty message", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AHundredKilobyteMessageGetsAPoliteReplyAndIsNotStored()
    {
        var user = Host.User("m-long");
        var text = new string('x', 100 * 1024);

        var replies = await user.Says(text);

        Assert.Contains("too long", Assert.Single(replies).Text);
        await foreach (var entity in Table("botstate").QueryAsync<TableEntity>())
        {
            Assert.DoesNotContain(((IDictionary<string, object>)entity).Values, v => v is string s && s.Contains("xxxxxxxxxx", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ABodyOverTheLimitIsA413()
    {
        var user = Host.User("m-huge");
        var activity = user.Activity("message", new JObject { ["text"] = new string('y', 600 * 1024) });

        var response = await user.PostAsync(activity.ToString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AButtonWithAnUnknownVerbIsExplained()
    {
        var replies = await Host.User("m-oldbutton").Presses(new JObject { ["verb"] = "survey.retired" });

        Assert.Contains("no longer in use", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task ARedeliveredActivityIsAnsweredOnce()
    {
        var user = Host.User("m-twice");
        var activity = user.Activity("message", new JObject { ["text"] = "help" });

        var first = await user.DeliverAsync(activity);
        var second = await user.DeliverAsync(activity);

        Assert.Single(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task AMemberFromATenantNotAllowedIsTurnedAway()
    {
        var replies = await Host.User("m-outsider", tenant: "99999999-9999-9999-9999-999999999999").Says("help");

        Assert.Contains("not available to your organisation", Assert.Single(replies).Text);
    }

    private TableClient Table(string name) =>
        new TableServiceClient(Azurite.ConnectionString).GetTableClient(Host.TablePrefix + name);
}
