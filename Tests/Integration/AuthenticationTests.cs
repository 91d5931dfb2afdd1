using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CollabBot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>
/// With an app id configured, requests need a valid Bot Framework token. Only tokens that fail before the SDK
/// would fetch signing keys from the internet are tried here (no internet in tests).
/// </summary>
public sealed class AuthenticationTests(Azurite azurite) : IntegrationTest(azurite)
{
    protected override BotHost CreateHost() => new(Azurite, Connector, new()
    {
        ["MicrosoftAppId"] = "6f1d6f2a-0000-4000-8000-00000000c0de",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppType"] = "MultiTenant",
        // The public cloud's settings, but the signing keys are fetched from a closed local port, as when the
        // sign-in service is unreachable (the SDK takes all of them once one is given).
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.com",
        ["OAuthUrl"] = "https://api.botframework.com",
        ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        ["CallerId"] = "urn:botframework:azure",
    });

    [Fact]
    public async Task ARequestWithoutATokenIs401()
    {
        var response = await SendAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Connector.Calls);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    public async Task AMalformedTokenIs401(string token)
    {
        var response = await SendAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ATokenFromAnUntrustedIssuerIs401()
    {
        var token = Part("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}") + "." +
            Part("{\"iss\":\"https://evil.example\",\"aud\":\"6f1d6f2a-0000-4000-8000-00000000c0de\",\"exp\":4102444800}") + ".c2ln";

        var response = await SendAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AWellFormedTokenWhoseKeysCannotBeFetchedIs503NotA500()
    {
        var token = Part("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}") + "." +
            Part("{\"iss\":\"https://api.botframework.com\",\"aud\":\"6f1d6f2a-0000-4000-8000-00000000c0de\",\"exp\":4102444800," +
                "\"serviceurl\":\"" + Connector.ServiceUrl + "\"}") + ".c2ln";

        var response = await SendAsync(token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task TheEmulatorChannelIsRefusedWhenCredentialsAreSet()
    {
        var response = await SendAsync(null, channel: "emulator");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Calls);
    }

    private static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task<HttpResponseMessage> SendAsync(string? token, string channel = "msteams")
    {
        var user = Host.User("m-auth");
        user.Channel = channel;
        var activity = user.Activity("message", new JObject { ["text"] = "help" });
        using var client = Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.SendAsync(request);
    }
}
