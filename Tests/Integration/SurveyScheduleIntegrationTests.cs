using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using CollabBot.Tests.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>
/// Scheduled, limited and recurring surveys through the real host on Azurite: a scheduled survey opens and closes by the
/// delivery engine's due items across restarts; one closes at its number of responses when two instances complete it at
/// once; a next edition's results are compared with the last edition's.
/// </summary>
public sealed class SurveyScheduleIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    protected override BotHost CreateHost() => NewHost(null);

    /// <summary>An instance on the same clock: a new one on <paramref name="tablePrefix"/> is a restart, or a second instance.</summary>
    private BotHost NewHost(string? tablePrefix) => new(Azurite, Connector, null, services => services.AddSingleton<TimeProvider>(clock), tablePrefix);

    private static string Definition(string id, string title, DateTimeOffset? opens = null, DateTimeOffset? deadline = null, int? closeAfter = null,
        bool anonymous = false)
    {
        var definition = JObject.Parse(SurveyIntegrationTests.Definition(id, anonymous, deadline));
        definition["title"] = title;
        if (opens is { } o)
        {
            definition["opens"] = o.ToString("o");
        }
        if (closeAfter is { } n)
        {
            definition["closeAfterResponses"] = n;
        }
        return definition.ToString();
    }

    [Fact]
    public async Task AScheduledSurveyOpensAndClosesByItsDueItemsAcrossRestarts()
    {
        var (ada, _, staff) = await PeopleAsync(Host);
        var opens = clock.GetUtcNow().AddHours(2);
        var deadline = clock.GetUtcNow().AddHours(5);
        await staff.Says("import survey " + Definition("it-scheduled", "Scheduled feedback", opens, deadline));
        var list = Assert.Single(Own(await staff.Says("surveys")));
        Assert.Contains($"opens {opens:yyyy-MM-dd HH:mm} UTC", list.CardText, StringComparison.Ordinal);
        var scheduled = Assert.Single(Own(await staff.Presses(Button(list, "Schedule"), onCardId: list.ActivityId)));
        Assert.Contains("Scheduled \"Scheduled feedback\": it opens by itself at", scheduled.CardText, StringComparison.Ordinal);
        Assert.Equal(SurveyStatus.Scheduled, await StatusAsync(Host, "it-scheduled"));

        // The instance that scheduled it stops before the time; one started on the same tables opens it then.
        var prefix = Host.TablePrefix;
        await Host.DisposeAsync();
        clock.SetUtcNow(opens.AddSeconds(1));
        await using (var restarted = NewHost(prefix))
        {
            _ = restarted.Server;
            await InvitationAsync(ada, "New survey: Scheduled feedback");
            Assert.Equal(SurveyStatus.Open, await StatusAsync(restarted, "it-scheduled"));
            Assert.Equal(opens.AddSeconds(1), (await restarted.Services.GetRequiredService<ISurveyStore>().FindLatestAsync("it-scheduled", default))!.OpenedAt);
        }

        // Its close, scheduled when it opened, survives another restart.
        clock.SetUtcNow(deadline.AddSeconds(1));
        await using var again = NewHost(prefix);
        _ = again.Server;
        await EventuallyAsync(async () => await StatusAsync(again, "it-scheduled") == SurveyStatus.Closed);
        Assert.Contains("has closed", Shown(await ada.On(again).Presses(Button(Connector.CallsFor(ada.ConversationId).Last(c =>
            c.CardText.StartsWith("New survey", StringComparison.Ordinal)), "Start now"))), StringComparison.Ordinal);
        Assert.Single(Connector.CallsFor(ada.ConversationId), c => c.CardText.StartsWith("New survey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASurveyClosesAtItsNumberOfResponsesWhenTwoInstancesCompleteItAtOnce()
    {
        var (ada, bob, staff) = await PeopleAsync(Host);
        await using var second = NewHost(Host.TablePrefix);
        _ = second.Server;
        await staff.Says("import survey " + Definition("it-limit", "Quick poll", closeAfter: 2));
        await OpenAsync(staff, "it-limit", ada, bob);

        var answers = await Task.WhenAll(ada.Presses(SubmitAll("it-limit", "1")), bob.On(second).Presses(SubmitAll("it-limit", "2")));

        Assert.All(answers, a => Assert.Contains("your answers are recorded", Shown(a), StringComparison.Ordinal));
        await EventuallyAsync(async () => await StatusAsync(Host, "it-limit") == SurveyStatus.Closed);
        Assert.Equal(2, await Host.Services.GetRequiredService<ISurveyStore>().CountCompleteAsync("it-limit", default));
        var list = Assert.Single(Own(await staff.Says("surveys")));
        Assert.Contains("Closed after 2 responses", list.CardText, StringComparison.Ordinal);
        var results = Assert.Single(Own(await staff.Says("survey results it-limit")));
        Assert.Contains("2 of 3 invited", results.CardText, StringComparison.Ordinal);
        Assert.Contains("has closed", Shown(await staff.Presses(SubmitAll("it-limit", "3"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecurringSurveysNextEditionIsComparedWithLastYears()
    {
        var (ada, bob, staff) = await PeopleAsync(Host);
        await staff.Says("import survey " + Definition("it-round-table-2025", "Round Table 2025"));
        await OpenAsync(staff, "it-round-table-2025", ada, bob);
        await ada.Presses(SubmitAll("it-round-table-2025", "1"));
        await bob.Presses(SubmitAll("it-round-table-2025", "2"));
        await staff.Says("close survey it-round-table-2025");

        var list = Assert.Single(Own(await staff.Says("surveys")));
        var made = Assert.Single(Own(await staff.Presses(Button(list, "Next edition"), onCardId: list.ActivityId)));
        Assert.Contains("Created \"Round Table 2026\" (it-round-table-2026), the next edition of \"Round Table 2025\"", made.CardText, StringComparison.Ordinal);
        await OpenAsync(staff, "it-round-table-2026", ada, bob);
        await ada.Presses(SubmitAll("it-round-table-2026", "1"));

        var results = Assert.Single(Own(await staff.Says("survey results it-round-table-2026")));
        var compared = Assert.Single(Own(await staff.Presses(Button(results, "Compare with Round Table 2025"), onCardId: results.ActivityId)));

        Assert.Equal("POST", compared.Method); // beside the results card
        var text = compared.CardText;
        Assert.StartsWith("Year on year: Round Table 2026", text, StringComparison.Ordinal);
        Assert.Contains("Round Table 2025: 2 responses", text, StringComparison.Ordinal);
        Assert.Contains("Round Table 2026: 1 response", text, StringComparison.Ordinal);
        Assert.Contains("PATENTSCOPE\n50% (1)\n100% (1)\n+50 pts", text, StringComparison.Ordinal);
        Assert.Contains("Global Brand Database\n50% (1)\n0% (0)\n-50 pts", text, StringComparison.Ordinal);
    }

    /// <summary>The replies to a staff turn, without the progress card of invitations still going out, updated in place meanwhile.</summary>
    private static IEnumerable<ConnectorCall> Own(IEnumerable<ConnectorCall> calls) =>
        calls.Where(c => !c.CardText.StartsWith("Invitations to", StringComparison.Ordinal));

    private static JObject SubmitAll(string surveyId, string product) => new()
    {
        ["verb"] = "form.submitAll",
        ["kind"] = "survey",
        ["form"] = surveyId,
        ["f_product"] = product,
        ["f_satisfaction"] = "4",
        ["f_recommend"] = "yes",
    };

    private static async Task<SurveyStatus?> StatusAsync(BotHost host, string id) =>
        (await host.Services.GetRequiredService<ISurveyStore>().FindLatestAsync(id, default))?.Status;

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(await condition());
    }

    /// <summary>Opens a survey and waits until everyone's invitation arrived, so none lands among a later turn's replies.</summary>
    private async Task OpenAsync(ChatUser staff, string id, params ChatUser[] members)
    {
        await staff.Says("open survey " + id);
        foreach (var person in members.Append(staff))
        {
            await InvitationAsync(person, "New survey");
        }
        Connector.Clear();
    }

    private static async Task<(ChatUser Ada, ChatUser Bob, ChatUser Staff)> PeopleAsync(BotHost host)
    {
        var ada = host.User("m-ada", "Ada Member");
        var bob = host.User("m-bob", "Bob Member");
        var staff = host.Staff();
        foreach (var person in new[] { ada, bob, staff })
        {
            await person.Says("hello");
        }
        return (ada, bob, staff);
    }

    private async Task<ConnectorCall> InvitationAsync(ChatUser user, string heading) =>
        await Connector.WaitForAsync(c => c.ConversationId == user.ConversationId && c.CardText.StartsWith(heading, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));

    private static JObject Button(ConnectorCall call, string title) =>
        (JObject)call.Card!.Descendants().OfType<JObject>()
            .First(a => a["type"]?.Value<string>() == "Action.Submit" && a["title"]?.Value<string>() == title)["data"]!.DeepClone();

    private static string Shown(IEnumerable<ConnectorCall> calls) => string.Join("\n", calls.Select(c => c.Shown));
}
