using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CollabBot.Cards.Forms;
using CollabBot.Tests.Support;
using CollabBot.Tests.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace CollabBot.Tests.Integration;

/// <summary>
/// Thousands of odd activities, from a fixed seed, through the real host on Azurite: none gets a 5xx, none puts a
/// stack in a reply, each refusal is one log line without a stack, and a member's survey in progress keeps its
/// place however broken the buttons pressed in their chat.
/// </summary>
public sealed class FuzzTests(Azurite azurite, ITestOutputHelper output) : IntegrationTest(azurite)
{
    private const int Activities = 1200;
    private readonly ConcurrentQueue<LogEntry> logged = new();

    protected override BotHost CreateHost() => new(Azurite, Connector,
        configureServices: services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(logged)));

    [Fact]
    public async Task OddActivitiesGetNo5xxNoStackAndLeaveAFormInProgressInPlace()
    {
        var staff = Host.Staff();
        var answerer = Host.User("fz-answerer");
        await answerer.Says("hello");
        await staff.Says("import survey " + SurveyIntegrationTests.Definition("fz-survey"));
        await staff.Presses(new JObject { ["verb"] = "survey.open", ["survey"] = "fz-survey" });
        await answerer.Presses(new JObject { ["verb"] = FormVerbs.Start, ["kind"] = "survey", ["form"] = "fz-survey" });
        var answered = answerer.Activity("message", new JObject { ["text"] = "2" });
        Assert.Contains("question 2 of 4", string.Join("\n", (await answerer.DeliverAsync(answered)).Select(c => c.Shown)));
        var others = new[] { Host.User("fz-1"), Host.User("fz-2", tenant: "22222222-2222-2222-2222-222222222222"), staff };
        var fuzzer = new ActivityFuzzer(seed: 20261202);
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Activities; i++)
        {
            string body;
            if (i % 4 == 0)
            {
                body = answerer.Activity("message", new JObject { ["value"] = fuzzer.BrokenSubmit("survey", "fz-survey") }).ToString();
            }
            else
            {
                var sender = others[i % others.Length];
                body = fuzzer.Next(sender.Activity("message", new JObject { ["text"] = "help" }));
            }
            var response = await answerer.PostAsync(body);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"activity {i} got {status}: {body[..Math.Min(body.Length, 400)]}");
        }

        var summary = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        output.WriteLine($"{Activities} odd activities: {summary}");
        Assert.True(statuses.GetValueOrDefault(200) > Activities / 4, summary);
        Assert.True(statuses.GetValueOrDefault(400) > Activities / 10, summary);
        Assert.DoesNotContain(Connector.Calls, c => c.Activity.ToString().Contains("Exception", StringComparison.Ordinal)
            || c.Activity.ToString().Contains("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Error || e.Exception is not null);
        Assert.Contains("question 2 of 4", string.Join("\n", (await answerer.Says("?")).Select(c => c.Shown)));
        Assert.Empty(await answerer.DeliverAsync(answered)); // still remembered as answered
    }

    [Fact]
    public async Task AButtonWhoseVerbIsAnObjectIsExplainedAndTheFormKeepsItsPlace()
    {
        var staff = Host.Staff();
        var member = Host.User("fz-verb");
        await member.Says("hello");
        await staff.Says("import survey " + SurveyIntegrationTests.Definition("fz-verb-survey"));
        await staff.Presses(new JObject { ["verb"] = "survey.open", ["survey"] = "fz-verb-survey" });
        await member.Presses(new JObject { ["verb"] = FormVerbs.Start, ["kind"] = "survey", ["form"] = "fz-verb-survey" });

        foreach (var verb in new JToken[] { new JObject { ["a"] = 1 }, new JArray(1, 2), 7, JValue.CreateNull() })
        {
            var replies = await member.Presses(new JObject { ["verb"] = verb });
            Assert.Contains("no longer in use", Assert.Single(replies).Text);
        }

        Assert.Contains("question 1 of 4", string.Join("\n", (await member.Says("?")).Select(c => c.Shown)));
    }

    [Theory]
    [InlineData("{\"\\udfff\":1}")]
    [InlineData("{\"type\":\"message\",\"text\":\"\\ud800x\",\"from\":{\"id\":\"1\"},\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://x.example\"}")]
    public async Task TextThatIsNotValidUnicodeIsA400(string body)
    {
        var response = await Host.User("fz-surrogate").PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid Unicode", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("serviceUrl", "ftp://files.example")]
    [InlineData("serviceUrl", "not a url")]
    [InlineData("serviceUrl", "/relative")]
    [InlineData("id", "a\u0001b")]
    [InlineData("from.id", "29:\u0000")]
    [InlineData("conversation.id", "LONG")]
    [InlineData("from.name", "LONG")]
    [InlineData("timestamp", "not a date")]
    public async Task AnActivityWithAnUnusablePartIsA400AndOneLogLine(string path, string value)
    {
        var user = Host.User("fz-part");
        var activity = user.Activity("message", new JObject { ["text"] = "help" });
        var parts = path.Split('.');
        var parent = parts.Length == 1 ? activity : (JObject)activity[parts[0]]!;
        parent[parts[^1]] = value == "LONG" ? new string('x', 40_000) : value;
        logged.Clear(); // the start's own lines

        var response = await user.PostAsync(activity.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Calls);
        var entry = Assert.Single(logged);
        Assert.Null(entry.Exception);
    }

    [Theory]
    [InlineData("adaptiveCard/action")]
    [InlineData("task/fetch")]
    [InlineData("composeExtension/query")]
    public async Task AnInvokeIsAnswered200(string name)
    {
        var user = Host.User("fz-invoke");
        var activity = user.Activity("invoke", new JObject { ["name"] = name, ["value"] = new JObject() });

        var response = await user.PostAsync(activity.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnInvokeFromATenantNotAllowedIs403()
    {
        var user = Host.User("fz-outsider", tenant: "99999999-9999-9999-9999-999999999999");

        var response = await user.PostAsync(user.Activity("invoke", new JObject { ["name"] = "task/fetch" }).ToString());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnUnreachableChannelIsA502WithoutAStack()
    {
        var user = Host.User("fz-unreachable");
        var activity = user.Activity("message", new JObject { ["text"] = "help", ["serviceUrl"] = "http://127.0.0.1:9/" });

        var response = await user.PostAsync(activity.ToString());

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain(logged, e => e.Exception is not null);
    }

    [Fact]
    public async Task AVeryLongDisplayNameIsCutAndTheMemberKeepsBeingAnswered()
    {
        var user = Host.User("fz-longname", name: new string('N', 1000));

        Assert.Single(await user.Says("help"));
        Assert.Single(await user.Says("profile"));
    }
}
