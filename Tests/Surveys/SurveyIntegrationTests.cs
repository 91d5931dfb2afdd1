using System.Net;
using Azure.Data.Tables;
using CollabBot.Bot.Delivery;
using CollabBot.Bot.Files;
using CollabBot.Bot.Storage;
using CollabBot.Bot.Surveys;
using CollabBot.Cards.Preferences;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Integration;
using CollabBot.Tests.Preferences;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Surveys;

/// <summary>Surveys through the real host on Azurite: replies and invitations arrive at the connector stub.</summary>
public sealed class SurveyIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    protected override BotHost CreateHost() => new(Azurite, Connector,
        null,
        services => services.AddSingleton<TimeProvider>(clock));

    public static string Definition(string id, bool anonymous = false, DateTimeOffset? deadline = null) => new JObject
    {
        ["id"] = id,
        ["title"] = "Four questions",
        ["intro"] = "Help us improve.",
        ["anonymous"] = anonymous,
        ["deadline"] = deadline?.ToString("o"),
        ["questions"] = new JArray
        {
            new JObject { ["id"] = "product", ["text"] = "Which product do you use most?", ["type"] = "single-choice", ["choices"] = new JArray("PATENTSCOPE", "Global Brand Database", "WIPO Inspire") },
            new JObject { ["id"] = "satisfaction", ["text"] = "How satisfied are you?", ["type"] = "rating" },
            new JObject { ["id"] = "recommend", ["text"] = "Would you recommend it?", ["type"] = "yes-no" },
            new JObject { ["id"] = "wish", ["text"] = "One wish?", ["type"] = "short-text", ["required"] = false },
        },
    }.ToString();

    [Fact]
    public async Task StaffOpenAMemberAnswersStepByStepAnotherByCardAndStaffSeeTheCounts()
    {
        var (ada, bob, staff) = await PeopleAsync();
        Assert.Contains("Imported \"Four questions\"", Shown(await staff.Says("import survey " + Definition("it-four"))));
        Assert.Contains("invitations are going to its audience", Shown(await OpenAsync("it-four")));
        var invitation = await InvitationAsync(ada, "New survey: Four questions");
        await InvitationAsync(bob, "New survey: Four questions");

        var started = await ada.Presses(Button(invitation, "Start now"));
        Assert.Equal("**Four questions**: Help us improve.", started[0].Text);
        var q1 = started[1];
        Assert.Contains("question 1 of 4", q1.CardText);
        var q2 = await ada.Presses(Button(q1, "Global Brand Database"));
        Assert.Contains("question 2 of 4", Shown(q2));
        Assert.Empty(await ada.Presses(Button(q1, "Global Brand Database"))); // double click: recorded once
        Assert.Contains("Rate from 1 (poor) to 5", Shown(await ada.Says("excellent")));
        var q3 = Assert.Single(await ada.Says("4"));
        Assert.Contains("question 3 of 4", q3.CardText);
        Assert.Contains("question 4 of 4", Shown(await ada.Presses(Button(q3, "Yes"))));
        var again = ada.Activity("message", new JObject { ["text"] = "More data, please" });
        Assert.Contains("your answers are recorded", Shown(await ada.DeliverAsync(again)));
        Assert.Empty(await ada.DeliverAsync(again)); // Teams re-sent the activity

        var bobInvitation = Connector.CallsFor(bob.ConversationId)[^1];
        var card = Assert.Single(await bob.Presses(Button(bobInvitation, "All in one card")));
        var submit = Button(card, "Send my answers");
        submit["f_product"] = "1";
        submit["f_satisfaction"] = "2";
        submit["f_recommend"] = "no";
        var summary = Assert.Single(await bob.Presses(submit, onCardId: card.ActivityId));
        Assert.Equal("PUT", summary.Method);
        Assert.Contains("your answers are recorded", summary.CardText);

        var results = Assert.Single(await staff.Says("survey results it-four"));
        Assert.Contains("2 of 3 invited (67%)", results.CardText);
        Assert.Contains("average 3.0 / 5", results.CardText);
        Assert.Contains("“More data, please”", results.CardText);
        var rows = await Rows(TableSurveyStore.Responses, "it-four");
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.GetString("ObjectId") == "m-ada" && r.GetString("A_product") == "Global Brand Database");
    }

    /// <summary>The Playground script of docs/survey-format.md, turn by turn (the e2e test plays it in the browser).</summary>
    [Fact]
    public async Task ThePlaygroundScriptWorks()
    {
        var (ada, _, staff) = await PeopleAsync();
        var json = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "survey-playground.json"));
        Assert.Contains("Imported \"Four questions\"", Shown(await staff.Says("import survey " + json.Trim())));
        Assert.Contains("Opened \"Four questions\"", Shown(await OpenAsync("playground-four")));

        await InvitationAsync(ada, "New survey: Four questions");
        var mine = Assert.Single(await ada.Says("my surveys"));
        Assert.Contains("not started", mine.CardText);
        var q1 = (await ada.Presses(Button(mine, "Start")))[^1];
        var q2 = Assert.Single(await ada.Presses(Button(q1, "PATENTSCOPE")));
        var q3 = Assert.Single(await ada.Presses(Button(q2, "4")));
        Assert.Contains("question 3 of 4", q3.CardText);
        Assert.Contains("Type a number from 0 to 1000", Shown(await ada.Says("a dozen")));
        Assert.Contains("question 4 of 4", Shown(await ada.Says("12")));
        Assert.Contains("your answers are recorded", Shown(await ada.Says("Faster exports")));

        var results = Assert.Single(await staff.Says("survey results playground-four"));
        Assert.Contains("1 of 3 invited (33%)", results.CardText);
        Assert.Contains("PATENTSCOPE", results.CardText);
        Assert.Contains("1 (100%)", results.CardText);
        Assert.Contains("average 4.0 / 5", results.CardText);
    }

    [Fact]
    public async Task AnAnonymousSurveyStoresNoIdentityAndTheResultsSaySo()
    {
        var (ada, _, staff) = await PeopleAsync();
        await staff.Says("import survey " + Definition("it-anon", anonymous: true));
        await OpenAsync("it-anon");
        var invitation = await InvitationAsync(ada, "New survey");
        Assert.Contains("Anonymous", invitation.CardText);

        var card = Assert.Single(await ada.Presses(Button(invitation, "All in one card")));
        var submit = Button(card, "Send my answers");
        submit["f_product"] = "3";
        submit["f_satisfaction"] = "5";
        submit["f_recommend"] = "yes";
        await ada.Presses(submit);

        // In the member's turn only a sealed row is written: no answer, no member, no response key in it.
        Assert.Empty(await Rows(TableSurveyStore.Responses, "it-anon"));
        var waiting = Assert.Single(await Rows(TableSurveyStore.Pending, "it-anon"), r => r.RowKey != "~lock");
        var stored = string.Join("\n", waiting.Select(p => p.Value is byte[] b ? Convert.ToBase64String(b) + System.Text.Encoding.UTF8.GetString(b) : p.Value?.ToString()));
        Assert.DoesNotContain("m-ada", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("WIPO Inspire", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("a:", stored, StringComparison.Ordinal);
        var before = Assert.Single(await staff.Says("survey results it-anon"));
        Assert.Contains("0 of 3 invited", before.CardText);
        Assert.Contains("1 more respondent has answered and is not counted yet", before.CardText);

        await staff.Says("close survey it-anon");

        var row = Assert.Single(await Rows(TableSurveyStore.Responses, "it-anon"));
        Assert.DoesNotContain(row, p => p.Value?.ToString()?.Contains("m-ada", StringComparison.Ordinal) == true);
        Assert.Null(row.GetString("ObjectId"));
        Assert.Null(row.GetDateTimeOffset("Updated"));
        Assert.Equal("WIPO Inspire", row.GetString("A_product"));
        Assert.Empty(await Rows(TableSurveyStore.Pending, "it-anon"));
        var results = Assert.Single(await staff.Says("survey results it-anon"));
        Assert.Contains("1 of 3 invited", results.CardText);
        Assert.Contains("no one can tell who said what", results.CardText);
    }

    [Fact]
    public async Task AnonymousAnswersAreCountedInOneBatchThatCannotBePairedByWriteTime()
    {
        var people = Enumerable.Range(1, 6).Select(i => Host.User($"m-batch-{i}", $"Member {i}")).ToList();
        var staff = Host.Staff();
        foreach (var person in people)
        {
            await person.Says("hello");
        }
        await staff.Says("import survey " + Definition("it-batch", anonymous: true));
        await staff.Says("open survey it-batch");
        var store = Host.Services.GetRequiredService<ISurveyStore>();
        foreach (var person in people.Take(4))
        {
            await person.Presses(new JObject { ["verb"] = "form.submitAll", ["kind"] = "survey", ["form"] = "it-batch", ["f_product"] = "1", ["f_satisfaction"] = "4", ["f_recommend"] = "yes" });
            await CountWaitingAnswersAsync();
            Assert.Empty(await Rows(TableSurveyStore.Responses, "it-batch")); // fewer than five wait: nothing counted
        }
        // The member can still see and change what they gave while it waits.
        Assert.Contains("WIPO Inspire", Shown(await people[0].Presses(new JObject { ["verb"] = "form.answer", ["kind"] = "survey", ["form"] = "it-batch", ["field"] = "product", ["value"] = "3" })) + await AnswersOfAsync(people[0], "it-batch"));

        await people[4].Presses(new JObject { ["verb"] = "form.submitAll", ["kind"] = "survey", ["form"] = "it-batch", ["f_product"] = "2", ["f_satisfaction"] = "2", ["f_recommend"] = "no" });
        await CountWaitingAnswersAsync();

        var rows = await Rows(TableSurveyStore.Responses, "it-batch");
        Assert.Equal(5, rows.Count);
        var times = rows.Select(r => r.Timestamp!.Value).ToList();
        Assert.True(times.Max() - times.Min() < TimeSpan.FromSeconds(1), "written together, in one transaction, in shuffled order");
        Assert.Equal(0, await store.CountPendingAsync("it-batch", default));
    }

    // The scheduler counts waiting answers every ten minutes of the clock: move it on and run what is due.
    private async Task CountWaitingAnswersAsync()
    {
        clock.Advance(TimeSpan.FromMinutes(11));
        await Host.Services.GetServices<IHostedService>().OfType<DueScheduler>().Single().RunDueAsync(default);
    }

    [Fact]
    public async Task RemindersFollowTheClockGoOnlyToThoseWhoHaveNotFinishedAndTheSurveyClosesAtItsDeadline()
    {
        var (ada, bob, staff) = await PeopleAsync();
        var deadline = clock.GetUtcNow().AddDays(4);
        await staff.Says("import survey " + Definition("it-remind", deadline: deadline));
        await OpenAsync("it-remind");
        var invitation = await InvitationAsync(ada, "New survey");
        await InvitationAsync(bob, "New survey");
        var card = Assert.Single(await ada.Presses(Button(invitation, "All in one card")));
        var submit = Button(card, "Send my answers");
        submit["f_product"] = "1";
        submit["f_satisfaction"] = "3";
        submit["f_recommend"] = "yes";
        await ada.Presses(submit);

        clock.SetUtcNow(deadline.AddHours(-80));
        await Task.Delay(1500);
        Assert.Empty(Reminders(bob)); // not due yet

        clock.SetUtcNow(deadline.AddHours(-70));
        await Connector.WaitForAsync(c => c.ConversationId == bob.ConversationId && c.CardText.StartsWith("Reminder", StringComparison.Ordinal));
        await Task.Delay(1500);
        Assert.Single(Reminders(bob));
        Assert.Empty(Reminders(ada)); // answered

        clock.SetUtcNow(deadline.AddMinutes(1));
        var store = Host.Services.GetRequiredService<ISurveyStore>();
        for (var i = 0; i < 100 && (await store.FindAsync("it-remind", default))!.Status != SurveyStatus.Closed; i++)
        {
            await Task.Delay(100);
        }
        Assert.Single(Reminders(bob));
        Assert.Contains("has closed", Shown(await bob.Presses(Button(invitation, "Start now"))));
    }

    [Fact]
    public async Task AMemberWhoDeclinedRemindersIsInvitedButNotReminded()
    {
        var (ada, bob, staff) = await PeopleAsync();
        var saved = Assert.Single(await bob.Presses(PreferencesChat.Saved(PreferencesCard.AutomaticLanguage, MessageTopic.SurveyReminders))).Text;
        Assert.Equal("Saved: I'll send you newsletters and news of the products you follow.", saved);
        var deadline = clock.GetUtcNow().AddDays(4);
        await staff.Says("import survey " + Definition("it-declined", deadline: deadline));
        await OpenAsync("it-declined"); // everyone's invitation arrives, Bob's too

        clock.SetUtcNow(deadline.AddHours(-70));
        await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.CardText.StartsWith("Reminder:", StringComparison.Ordinal));
        var deliveries = Host.Services.GetRequiredService<IDeliveries>();
        BroadcastProgress? reminders = null;
        for (var i = 0; i < 150 && reminders is not { Complete: true }; i++)
        {
            await Task.Delay(100);
            reminders = await deliveries.ProgressAsync("survey-remind:it-declined:72h", default);
        }

        Assert.Equal((2, 2), (reminders!.Total, reminders.Sent)); // Ada and staff
        Assert.Single(Reminders(ada));
        Assert.Empty(Reminders(bob));
    }

    private async Task<string> AnswersOfAsync(ChatUser person, string surveyId)
    {
        var survey = (await Host.Services.GetRequiredService<ISurveyStore>().FindAsync(surveyId, default))!;
        var key = Host.Services.GetRequiredService<RespondentKeys>().For(survey, new MemberId(BotHost.Tenant, person.ObjectId));
        var response = await Host.Services.GetRequiredService<ISurveyStore>().FindResponseAsync(survey, key, default);
        return string.Join(",", response!.Answers.Values);
    }

    [Fact]
    public async Task AnExportIsBuiltOffTheTurnAndItsReadOnlyLinkWorksUntilItExpires()
    {
        var (ada, _, staff) = await PeopleAsync();
        await staff.Says("import survey " + Definition("it-export"));
        await OpenAsync("it-export");
        var invitation = await InvitationAsync(ada, "New survey");
        var card = Assert.Single(await ada.Presses(Button(invitation, "All in one card")));
        var submit = Button(card, "Send my answers");
        submit["f_product"] = "2";
        submit["f_satisfaction"] = "4";
        submit["f_recommend"] = "yes";
        submit["f_wish"] = "=HYPERLINK(\"x\"), with \"quotes\"";
        await ada.Presses(submit);
        var results = Assert.Single(await staff.Says("survey results it-export"));

        Assert.Contains("Preparing the CSV file", Shown(await staff.Presses(Button(results, "Export CSV"))));
        var csvUrl = new Uri(Link(await InvitationAsync(staff, "Your export is ready"), "Download"));
        Assert.Contains("sp=r&", csvUrl.Query, StringComparison.Ordinal);
        using var http = new HttpClient();
        var csv = await http.GetAsync(csvUrl);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Respondent,Status,Member id,Last change (UTC),User group,1. Which product do you use most?", text, StringComparison.Ordinal);
        Assert.Contains("Ada Member,complete,m-ada,", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\"), with \"\"quotes\"\"\"", text, StringComparison.Ordinal);
        // The storage service checks every field the link carries: permission, expiry, signature, blob.
        Assert.True(IsRefused(await http.GetAsync(csvUrl.ToString().Replace("sp=r&", "sp=rw&", StringComparison.Ordinal))));
        Assert.True(IsRefused(await http.GetAsync(csvUrl.ToString().Replace("&se=20", "&se=21", StringComparison.Ordinal))));
        Assert.True(IsRefused(await http.PutAsync(csvUrl, new StringContent("x"))));
        var other = csvUrl.GetLeftPart(UriPartial.Path).Replace("it-export-results.csv", "other.csv", StringComparison.Ordinal) + csvUrl.Query;
        Assert.True(IsRefused(await http.GetAsync(other)));

        Connector.Clear();
        await staff.Presses(Button(results, "Export Excel"));
        var xlsx = await http.GetAsync(new Uri(Link(await InvitationAsync(staff, "Your export is ready"), "Download")));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheet = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Global Brand Database", Assert.Single(sheet)["1. Which product do you use most?"]);
    }

    [Fact]
    public async Task ADownloadLinkStopsWorkingWhenItsMinutesAreUp()
    {
        // Files written as if 20 minutes ago: their 15-minute links are already spent when they are handed out.
        var files = new DownloadFiles(Host.Services.GetRequiredService<CollabContainers>(), Options.Create(new FilesOptions()),
            new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-20)));
        var fresh = Host.Services.GetRequiredService<DownloadFiles>();
        var file = new ExportFile("old.csv", "text/csv", "a,b\r\n"u8.ToArray());
        using var http = new HttpClient();

        var spent = await files.PublishAsync("surveys/it-expiry", file, default);
        var current = await fresh.PublishAsync("surveys/it-expiry", file, default);

        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(spent.Uri)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(current.Uri)).StatusCode);
        Assert.InRange(current.Expires - clock.GetUtcNow(), TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    private static bool IsRefused(HttpResponseMessage response) => (int)response.StatusCode is >= 400 and < 500;

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(condition());
    }

    private IEnumerable<ConnectorCall> Reminders(ChatUser user) =>
        Connector.CallsFor(user.ConversationId).Where(c => c.CardText.StartsWith("Reminder:", StringComparison.Ordinal));

    private ChatUser[] people = [];

    /// <summary>Opens a survey and waits until everyone's invitation arrived, so none lands among a later turn's replies.</summary>
    private async Task<IReadOnlyList<ConnectorCall>> OpenAsync(string id)
    {
        var replies = await people[2].Says("open survey " + id);
        foreach (var person in people)
        {
            await InvitationAsync(person, "New survey");
        }
        return replies;
    }

    private async Task<(ChatUser Ada, ChatUser Bob, ChatUser Staff)> PeopleAsync()
    {
        var ada = Host.User("m-ada", "Ada Member");
        var bob = Host.User("m-bob", "Bob Member");
        var staff = Host.Staff();
        await ada.Says("hello");
        await bob.Says("hello");
        await staff.Says("hello");
        people = [ada, bob, staff];
        return (ada, bob, staff);
    }

    private async Task<ConnectorCall> InvitationAsync(ChatUser user, string heading)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Connector.CallsFor(user.ConversationId).LastOrDefault(c => c.CardText.StartsWith(heading, StringComparison.Ordinal)) is { } call)
            {
                return call;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No invitation \"{heading}\" reached {user.ObjectId}.");
    }

    private static JObject Button(ConnectorCall call, string title) =>
        (JObject)call.Card!.Descendants().OfType<JObject>()
            .First(a => a["type"]?.Value<string>() == "Action.Submit" && a["title"]?.Value<string>() == title)["data"]!.DeepClone();

    private static string Link(ConnectorCall call, string title) =>
        call.Card!.Descendants().OfType<JObject>().First(a => a["title"]?.Value<string>() == title)["url"]!.Value<string>()!;

    private static string Shown(IEnumerable<ConnectorCall> calls) => string.Join("\n", calls.Select(c => c.Shown));

    private async Task<List<TableEntity>> Rows(string table, string partition)
    {
        var client = new TableClient(Azurite.ConnectionString, Host.TablePrefix + table);
        var rows = new List<TableEntity>();
        await foreach (var e in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            rows.Add(e);
        }
        return rows;
    }
}
