using System.Net;
using System.Text;
using Azure.Data.Tables;
using CollabBot.Bot.Surveys;
using CollabBot.Cards.Members;
using CollabBot.Cards.Model;
using CollabBot.Cards.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>
/// Results by user group through the real host on Azurite: members whose groups staff confirmed answer; the anonymous
/// breakdown, once counted, shows only groups with enough respondents (Surveys:GroupMinimum, 3 here) and stores no
/// group in plain; a named survey's export has a group column; members who answered see the results staff share.
/// </summary>
public sealed class SurveyGroupResultsIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    protected override BotHost CreateHost() => new(Azurite, Connector, new() { ["Surveys:GroupMinimum"] = "3" });

    private static string Definition(string id, bool anonymous, string shareResults = "no") => new JObject
    {
        ["id"] = id,
        ["title"] = "Products by group",
        ["anonymous"] = anonymous,
        ["shareResults"] = shareResults,
        ["questions"] = new JArray
        {
            new JObject { ["id"] = "product", ["text"] = "Which product do you use most?", ["type"] = "single-choice", ["choices"] = new JArray("PATENTSCOPE", "Global Brand Database", "WIPO Inspire") },
            new JObject { ["id"] = "recommend", ["text"] = "Would you recommend it?", ["type"] = "yes-no" },
            new JObject { ["id"] = "wish", ["text"] = "One wish?", ["type"] = "short-text", ["required"] = false },
        },
    }.ToString();

    [Fact]
    public async Task AnAnonymousSurveysResultsByGroupShowOnlyGroupsWithEnoughRespondentsOnceCounted()
    {
        var staff = await StaffAsync();
        var pdg = new[] { await MemberOfAsync(staff, "g-pdg-1", "PDG"), await MemberOfAsync(staff, "g-pdg-2", "PDG"), await MemberOfAsync(staff, "g-pdg-3", "PDG") };
        var piug = await MemberOfAsync(staff, "g-piug-1", "PIUG");
        var loners = new[] { await MemberAsync("g-none-1"), await MemberAsync("g-none-2") };
        await staff.Says("import survey " + Definition("it-groups", anonymous: true));
        await OpenAsync(staff, "it-groups", [.. pdg, piug, .. loners]);

        foreach (var (member, product) in pdg.Select(m => (m, "1")).Append((piug, "2")).Concat(loners.Select(m => (m, "3"))))
        {
            await AnswerAsync(member, "it-groups", product, wish: $"wish of {member.ObjectId}");
        }
        Assert.Contains("No group can be shown yet.", Assert.Single(await staff.Says("survey results it-groups by group")).CardText, StringComparison.Ordinal);
        await staff.Says("close survey it-groups");

        var byGroup = Assert.Single(await staff.Says("survey results it-groups by group")).CardText;
        Assert.Contains("By user group", byGroup, StringComparison.Ordinal);
        Assert.Contains("PDG\n3 resp.\nOther groups\n3 resp.", byGroup, StringComparison.Ordinal);
        Assert.Contains("PATENTSCOPE\n3 (100%)\n0 (0%)", byGroup, StringComparison.Ordinal);
        Assert.Contains("PIUG: fewer than 3 respondents, not shown on its own (counted in \"Other groups\").", byGroup, StringComparison.Ordinal);
        Assert.Contains("No confirmed group: fewer than 3 respondents, not shown on its own", byGroup, StringComparison.Ordinal);
        Assert.DoesNotContain("wish of", byGroup, StringComparison.Ordinal);

        Assert.Contains("PIUG: fewer than 3 respondents, not shown.", Assert.Single(await staff.Says("survey results it-groups piug")).CardText, StringComparison.Ordinal);
        var card = Assert.Single(await staff.Says("survey results it-groups"));
        var show = Button(card, "Show");
        show[SurveyVerbs.GroupInput] = "PDG";
        var filtered = Assert.Single(await staff.Presses(show, onCardId: card.ActivityId));
        Assert.Equal("PUT", filtered.Method);
        Assert.Contains("3 from PDG", filtered.CardText, StringComparison.Ordinal);
        Assert.Contains("written answers are not shown by group in an anonymous survey", filtered.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("wish of", filtered.CardText, StringComparison.Ordinal);

        // Counted rows hold each group sealed, the same length for every group: a reader of the table cannot tell PIUG's one respondent.
        var rows = await RowsAsync(TableSurveyStore.Responses, "it-groups");
        Assert.Equal(6, rows.Count);
        var stored = string.Join("\n", rows.SelectMany(r => r.Select(p => p.Value is byte[] b ? Encoding.UTF8.GetString(b) : p.Value?.ToString())));
        Assert.DoesNotContain("PIUG", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("PDG", stored, StringComparison.Ordinal);
        Assert.Single(rows.Select(r => r.GetBinary("UserGroup")!.Length).Distinct());
    }

    [Fact]
    public async Task ANamedSurveysExportHasEachRespondentsUserGroup()
    {
        var staff = await StaffAsync();
        var ada = await MemberOfAsync(staff, "g-ada", "PIUG", "Ada Member");
        await staff.Says("import survey " + Definition("it-named-groups", anonymous: false));
        await OpenAsync(staff, "it-named-groups", [ada]);
        await AnswerAsync(ada, "it-named-groups", "2");

        var results = Assert.Single(await staff.Says("survey results it-named-groups"));
        await staff.Presses(Button(results, "Export CSV"));
        var ready = await Connector.WaitForAsync(c => c.ConversationId == staff.ConversationId && c.CardText.StartsWith("Your export is ready", StringComparison.Ordinal));
        using var http = new HttpClient();
        var csv = await http.GetAsync(new Uri(ready.Card!.Descendants().OfType<JObject>().First(a => a["title"]?.Value<string>() == "Download")["url"]!.Value<string>()!));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Respondent,Status,Member id,Last change (UTC),User group,1. Which product do you use most?", text, StringComparison.Ordinal);
        Assert.Matches(@"Ada Member,complete,g-ada,\d{4}-\d\d-\d\d \d\d:\d\d,PIUG,Global Brand Database,yes", text);
    }

    [Fact]
    public async Task AMemberWhoAnsweredSeesTheResultsStaffShareLive()
    {
        var staff = await StaffAsync();
        var members = new[] { await MemberAsync("g-live-1"), await MemberAsync("g-live-2"), await MemberAsync("g-live-3"), await MemberAsync("g-live-4") };
        await staff.Says("import survey " + Definition("it-live", anonymous: false, shareResults: "live"));
        await OpenAsync(staff, "it-live", members);

        var finished = await AnswerAsync(members[0], "it-live", "1");
        var seeResults = Button(Assert.Single(finished, c => c.CardText.Contains("See results", StringComparison.Ordinal)), "See results");
        Assert.Contains("once at least 3 members have answered", Assert.Single(await members[0].Presses(seeResults)).Text, StringComparison.Ordinal);
        await AnswerAsync(members[1], "it-live", "1");
        await AnswerAsync(members[2], "it-live", "3");

        var card = Assert.Single(await members[0].Presses(seeResults));
        Assert.Contains("Results: Products by group", card.CardText, StringComparison.Ordinal);
        Assert.Contains("3 members answered. The survey is still open", card.CardText, StringComparison.Ordinal);
        Assert.Contains("PATENTSCOPE", card.CardText, StringComparison.Ordinal);
        Assert.Contains("2 (67%)", card.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("wish", card.CardText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("See results", Assert.Single(await members[1].Says("my surveys")).CardText, StringComparison.Ordinal);
        Assert.Contains("answer it first", Assert.Single(await members[3].Presses(seeResults)).Text, StringComparison.Ordinal);
    }

    private async Task<ChatUser> StaffAsync()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        return staff;
    }

    private async Task<ChatUser> MemberAsync(string id, string name = "Member")
    {
        var member = Host.User(id, name);
        await member.Says("hello");
        return member;
    }

    /// <summary>A member who chose a user group in their profile, and staff confirmed it.</summary>
    private async Task<ChatUser> MemberOfAsync(ChatUser staff, string id, string group, string name = "Member")
    {
        var member = await MemberAsync(id, name);
        await member.Presses(new JObject { [CardVerb.Key] = ProfileCard.SaveVerb, [ProfileCard.GroupInput] = group });
        await staff.Presses(new JObject
        {
            [CardVerb.Key] = PendingGroupsCard.ConfirmVerb,
            [PendingGroupsCard.TenantKey] = BotHost.Tenant,
            [PendingGroupsCard.MemberKey] = id,
            [PendingGroupsCard.GroupKey] = group,
        });
        // Told on its own, a moment later: waited for here, so that it is not taken for an answer to what the member says next.
        await Connector.WaitForAsync(c => c.ConversationId == member.ConversationId && c.Shown.Contains($"WIPO staff confirmed that you belong to **{group}**", StringComparison.Ordinal));
        return member;
    }

    /// <summary>Opens a survey and waits until every invitation arrived, so none lands among a later turn's replies.</summary>
    private async Task OpenAsync(ChatUser staff, string id, IEnumerable<ChatUser> members)
    {
        await staff.Says("open survey " + id);
        foreach (var member in members.Append(staff))
        {
            await Connector.WaitForAsync(c => c.ConversationId == member.ConversationId && c.CardText.StartsWith("New survey", StringComparison.Ordinal));
        }
    }

    private static Task<IReadOnlyList<ConnectorCall>> AnswerAsync(ChatUser member, string surveyId, string product, string wish = "") =>
        member.Presses(new JObject
        {
            [CardVerb.Key] = "form.submitAll",
            ["kind"] = "survey",
            ["form"] = surveyId,
            ["f_product"] = product,
            ["f_recommend"] = "yes",
            ["f_wish"] = wish,
        });

    private static JObject Button(ConnectorCall call, string title) =>
        (JObject)call.Card!.Descendants().OfType<JObject>()
            .First(a => a["type"]?.Value<string>() == "Action.Submit" && a["title"]?.Value<string>() == title)["data"]!.DeepClone();

    private async Task<List<TableEntity>> RowsAsync(string table, string partition)
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
