using Azure.Data.Tables;
using CollabBot.Bot.Surveys;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>
/// Survey audiences and corrections through the real host on Azurite: a survey to the followers of a product invites
/// only them (invitations at the connector stub); a typo corrected in an open survey keeps every answer row and members
/// see the corrected text; a refused correction writes nothing.
/// </summary>
public sealed class SurveyEditingIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    private static string Definition(string id, string audience = "\"all\"", string satisfaction = "How satisifed are you?") => new JObject
    {
        ["id"] = id,
        ["title"] = "Three questions",
        ["audience"] = JToken.Parse(audience),
        ["questions"] = new JArray
        {
            new JObject { ["id"] = "product", ["text"] = "Which product do you use most?", ["type"] = "single-choice", ["choices"] = new JArray("PATENTSCOPE", "WIPO Lex", "WIPO Inspire") },
            new JObject { ["id"] = "satisfaction", ["text"] = satisfaction, ["type"] = "rating" },
            new JObject { ["id"] = "wish", ["text"] = "One wish?", ["type"] = "short-text", ["required"] = false },
        },
    }.ToString();

    [Fact]
    public async Task ASurveyToTheFollowersOfAProductReachesOnlyThem()
    {
        var (ada, bob, staff) = await PeopleAsync("f");
        Assert.Contains("You now follow **PATENTSCOPE**", Assert.Single(await ada.Says("follow PATENTSCOPE")).Text, StringComparison.Ordinal);
        await bob.Says("follow WIPO Lex");

        var unknown = CardOf(await staff.Says("import survey " + Definition("it-followers", "{\"followers\": [\"patentscope\", \"patent-scope\"]}")), "Import a survey");
        Assert.Contains("audience.followers[1]: \"patent-scope\" is not a product of the plans catalogue", unknown.CardText, StringComparison.Ordinal);
        Assert.Contains("Imported \"Three questions\"", Shown(await staff.Says("import survey " + Definition("it-followers", "{\"followers\": [\"PATENTSCOPE\"]}"))),
            StringComparison.Ordinal);
        Assert.Contains("invitations are going to its audience (followers of PATENTSCOPE)", Shown(await staff.Says("open survey it-followers")), StringComparison.Ordinal);

        var invitation = await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && c.CardText.StartsWith("New survey: Three questions", StringComparison.Ordinal));
        var progress = await InvitationsDoneAsync("it-followers");
        Assert.Equal((1, 1), (progress.Total, progress.Sent));
        Assert.DoesNotContain(Connector.CallsFor(bob.ConversationId), c => c.CardText.Contains("New survey", StringComparison.Ordinal));
        Assert.DoesNotContain(Connector.CallsFor(staff.ConversationId), c => c.CardText.Contains("New survey", StringComparison.Ordinal));

        Assert.Contains("question 1 of 3", Shown(await ada.Presses(Button(invitation, "Start now"))), StringComparison.Ordinal);
        var refused = await bob.Presses(new JObject { ["verb"] = "form.start", ["kind"] = "survey", ["form"] = "it-followers" });
        Assert.Contains("The survey \"Three questions\" is for the followers of PATENTSCOPE.", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("followers of PATENTSCOPE", Shown(await staff.Says("surveys")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATypoCorrectedInAnOpenSurveyKeepsTheAnswersAndMembersSeeTheCorrectedText()
    {
        var (ada, bob, staff) = await PeopleAsync("t");
        await staff.Says("import survey " + Definition("it-typo"));
        await staff.Says("open survey it-typo");
        var adaInvitation = await InvitationAsync(ada);
        var bobInvitation = await InvitationAsync(bob);
        await InvitationsDoneAsync("it-typo");
        var card = Assert.Single(await ada.Presses(Button(adaInvitation, "All in one card")));
        var submit = Button(card, "Send my answers");
        submit["f_product"] = "2";
        submit["f_satisfaction"] = "4";
        await ada.Presses(submit);
        var q1 = (await bob.Presses(Button(bobInvitation, "Start now")))[^1];
        Assert.Contains("How satisifed are you?", Shown(await bob.Presses(Button(q1, "PATENTSCOPE"))), StringComparison.Ordinal);
        var answersBefore = Answers(await Rows(TableSurveyStore.Responses, "it-typo"));
        var surveyBefore = await SurveyRowAsync("it-typo");

        var correct = CardOf(await staff.Says("correct survey it-typo"), "Correct \"Three questions\"");
        Assert.Contains("\"Three questions\" is open: its answers are kept.", correct.CardText, StringComparison.Ordinal);
        var save = Button(correct, "Save");
        var definition = JObject.Parse(correct.Card!.Descendants().OfType<JObject>().First(i => i["id"]?.Value<string>() == "definition")["value"]!.Value<string>()!);
        definition["questions"]![1]!["text"] = "How satisfied are you?";
        save["definition"] = definition.ToString();
        var corrected = CardOf(await staff.Presses(save), "Surveys");

        Assert.Contains("Corrected \"Three questions\": answers kept.", corrected.CardText, StringComparison.Ordinal);
        Assert.Equal(answersBefore, Answers(await Rows(TableSurveyStore.Responses, "it-typo")));
        var surveyAfter = await SurveyRowAsync("it-typo");
        Assert.Equal(("Open", surveyBefore.GetDateTimeOffset("OpenedAt"), surveyBefore.GetDateTimeOffset("Created"), surveyBefore.GetString("CreatedBy")),
            (surveyAfter.GetString("Status"), surveyAfter.GetDateTimeOffset("OpenedAt"), surveyAfter.GetDateTimeOffset("Created"), surveyAfter.GetString("CreatedBy")));
        await Task.Delay(100);

        var asked = Shown(await bob.Presses(Button(bobInvitation, "Start now")));
        Assert.Contains("How satisfied are you?", asked, StringComparison.Ordinal);
        Assert.Contains("question 2 of 3", asked, StringComparison.Ordinal);
        Assert.Contains("How satisfied are you?", Shown(await staff.Says("survey results it-typo")), StringComparison.Ordinal);
        Assert.DoesNotContain("satisifed", Shown(await ada.Presses(new JObject { ["verb"] = "survey.myAnswers", ["survey"] = "it-typo" })), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedCorrectionChangesNothing()
    {
        var (ada, _, staff) = await PeopleAsync("r");
        await staff.Says("import survey " + Definition("it-refused"));
        await staff.Says("open survey it-refused");
        var invitation = await InvitationAsync(ada);
        var card = Assert.Single(await ada.Presses(Button(invitation, "All in one card")));
        var submit = Button(card, "Send my answers");
        submit["f_product"] = "2";
        submit["f_satisfaction"] = "5";
        await ada.Presses(submit);
        var before = await SurveyRowAsync("it-refused");
        var answers = Answers(await Rows(TableSurveyStore.Responses, "it-refused"));

        var definition = JObject.Parse(Definition("it-refused", satisfaction: "How satisfied are you?"));
        definition["questions"]![0]!["choices"] = new JArray("PATENTSCOPE", "WIPO Inspire");
        definition["anonymous"] = true;
        var refused = CardOf(await staff.Says("import survey " + definition.ToString(Newtonsoft.Json.Formatting.None)), "Import a survey");

        Assert.Contains("\"Three questions\" (it-refused) is open: a correction must keep every answer given, so this one is refused:", refused.CardText,
            StringComparison.Ordinal);
        Assert.Contains("question product: the choice \"WIPO Lex\" can't be removed: answers may have chosen it", refused.CardText, StringComparison.Ordinal);
        Assert.Contains("anonymous can't change", refused.CardText, StringComparison.Ordinal);
        var after = await SurveyRowAsync("it-refused");
        Assert.Equal(before.ETag, after.ETag); // not written at all
        Assert.Equal(answers, Answers(await Rows(TableSurveyStore.Responses, "it-refused")));
        Assert.Contains("How satisifed are you?", Shown(await ada.Presses(new JObject { ["verb"] = "survey.myAnswers", ["survey"] = "it-refused" })),
            StringComparison.Ordinal);
    }

    private async Task<(ChatUser Ada, ChatUser Bob, ChatUser Staff)> PeopleAsync(string prefix)
    {
        var ada = Host.User($"e{prefix}-ada", "Ada Member");
        var bob = Host.User($"e{prefix}-bob", "Bob Member");
        var staff = Host.Staff();
        await ada.Says("hello");
        await bob.Says("hello");
        await staff.Says("hello");
        return (ada, bob, staff);
    }

    private async Task<BroadcastProgress> InvitationsDoneAsync(string surveyId)
    {
        var deliveries = Host.Services.GetRequiredService<IDeliveries>();
        for (var i = 0; i < 150; i++)
        {
            if (await deliveries.ProgressAsync(SurveyCampaigns.InvitationsOf(surveyId), default) is { Complete: true } done)
            {
                return done;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"The invitations to {surveyId} did not finish.");
    }

    /// <summary>The card of a turn's replies with this heading: the progress card of invitations may be updated among them.</summary>
    private static ConnectorCall CardOf(IReadOnlyList<ConnectorCall> calls, string heading) =>
        Assert.Single(calls, c => c.CardText.StartsWith(heading, StringComparison.Ordinal));

    private Task<ConnectorCall> InvitationAsync(ChatUser user) =>
        Connector.WaitForAsync(c => c.ConversationId == user.ConversationId && c.CardText.StartsWith("New survey", StringComparison.Ordinal));

    private async Task<TableEntity> SurveyRowAsync(string id) =>
        (await new TableClient(Azurite.ConnectionString, Host.TablePrefix + TableSurveyStore.Surveys).GetEntityAsync<TableEntity>("survey", id)).Value;

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

    /// <summary>Each response row whole, as stored (its write time and ETag included: a rewrite would change them).</summary>
    private static string[] Answers(IEnumerable<TableEntity> rows) =>
        [.. rows.OrderBy(r => r.RowKey, StringComparer.Ordinal)
            .Select(r => string.Join("|", r.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")) + "|" + r.ETag)];

    private static JObject Button(ConnectorCall call, string title) =>
        (JObject)call.Card!.Descendants().OfType<JObject>()
            .First(a => a["type"]?.Value<string>() == "Action.Submit" && a["title"]?.Value<string>() == title)["data"]!.DeepClone();

    private static string Shown(IEnumerable<ConnectorCall> calls) => string.Join("\n", calls.Select(c => c.Shown));
}
