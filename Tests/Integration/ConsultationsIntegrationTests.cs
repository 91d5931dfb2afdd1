using System.Globalization;
using CollabBot.Cards.Consultations;
using CollabBot.Cards.Members;
using CollabBot.Dialogs.Consultations;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

/// <summary>
/// Consultations through the real host on Azurite, scaled out to two instances: members ask to represent their group and
/// staff confirm it; the consultation reaches the representatives through the engine; two representatives of one group
/// answering at once, on two instances, leave one answer; staff see both groups' answers side by side, in their chat and
/// in the staff channel's card updated in place.
/// </summary>
public sealed class ConsultationsIntegrationTests(Azurite azurite) : IntegrationTest(azurite)
{
    private const string ChannelId = "19:consultations@thread.tacv2";

    private BotHost Second { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Second = new BotHost(Azurite, Connector, tablePrefix: Host.TablePrefix);
        _ = Second.Server;
    }

    public override async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task TwoRepresentativesOfOneGroupAnsweringAtOnceLeaveOneAnswerAndStaffSeeBothGroups()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        Connector.TeamRoster.Enqueue((BotHost.StaffId, "Sam Staff"));
        var inChannel = staff.InTeam("team-1", "WIPO staff", ChannelId);
        await inChannel.Says("<at>CollabBot</at> use this channel for questions");
        var ada = Host.User("co-ada", "Ada Lovelace");
        var pat = Host.User("co-pat", "Pat Searcher");
        var chloe = Host.User("co-chloe", "Chloé Martin");
        chloe.Locale = "fr-FR";
        var bob = Host.User("co-bob", "Bob Builder");
        foreach (var (member, group) in new[] { (ada, "PIUG"), (pat, "PIUG"), (chloe, "PDG"), (bob, "CEPIUG") })
        {
            await member.Says("hello");
            var asked = await member.Presses(new JObject
            {
                ["verb"] = ProfileCard.SaveVerb,
                [ProfileCard.GroupInput] = group,
                [ProfileCard.RepresentsInput] = member == bob ? "false" : "true",
            });
            Assert.Contains(group, Assert.Single(asked).Text, StringComparison.Ordinal);
            // Bob is confirmed in his group, not as its representative.
            await staff.Presses(new JObject
            {
                ["verb"] = PendingGroupsCard.ConfirmVerb,
                [PendingGroupsCard.TenantKey] = BotHost.Tenant,
                [PendingGroupsCard.MemberKey] = member.ObjectId,
                [PendingGroupsCard.GroupKey] = group,
                [PendingGroupsCard.RepresentKey] = member == bob ? "0" : "1",
            });
        }

        var composer = Assert.Single(await staff.Says("new consultation"));
        var send = Button(composer, "Send to the representatives");
        var deadline = DateTimeOffset.UtcNow.AddDays(2);
        send[ConsultationVerbs.TitleInput] = "Sequence listings";
        send[ConsultationVerbs.TextInput] = "WIPO plans to show sequence listings in PATENTSCOPE results.";
        send[ConsultationVerbs.DateInput] = deadline.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        send[ConsultationVerbs.TimeInput] = deadline.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        send[ConsultationVerbs.GroupsInput] = "PDG,PIUG,CEPIUG";
        var staffCard = Assert.Single(await staff.Presses(send, onCardId: composer.ActivityId), c => c.Method == "PUT");
        Assert.Contains("Sent to 3 representatives of 2 groups", staffCard.CardText, StringComparison.Ordinal);

        var adaCard = await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && IsConsultation(c, "Send the answer"));
        var patCard = await Connector.WaitForAsync(c => c.ConversationId == pat.ConversationId && IsConsultation(c, "Send the answer"));
        var chloeCard = await Connector.WaitForAsync(c => c.ConversationId == chloe.ConversationId && IsConsultation(c, "Envoyer la réponse"));
        Assert.Equal("Your answer on behalf of PIUG", Label(adaCard));
        Assert.Equal("Votre réponse au nom de PDG", Label(chloeCard));
        var posted = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.CardText.Contains("Sequence listings", StringComparison.Ordinal));

        var replies = await Task.WhenAll(
            ada.Presses(Answer(adaCard, "PIUG says yes (Ada)."), onCardId: adaCard.ActivityId),
            pat.On(Second).Presses(Answer(patCard, "PIUG says no (Pat)."), onCardId: patCard.ActivityId));
        await chloe.Presses(Answer(chloeCard, "Le PDG est favorable."), onCardId: chloeCard.ActivityId);

        var said = replies.Select(r => string.Join("\n", r.Select(c => c.Text ?? ""))).ToList();
        Assert.Single(said, s => s.Contains("your answer went to WIPO as the answer of **PIUG**", StringComparison.Ordinal));
        Assert.Single(said, s => s.Contains("already answered for **PIUG**", StringComparison.Ordinal));
        var (kept, lost) = said[0].Contains("went to WIPO", StringComparison.Ordinal) ? ("PIUG says yes (Ada).", "PIUG says no (Pat).") : ("PIUG says no (Pat).", "PIUG says yes (Ada).");
        var answers = await Host.Services.GetRequiredService<IConsultationStore>().ListAnswersAsync(1, default);
        Assert.Equal(["PDG", "PIUG"], answers.Select(a => a.Group).Order(StringComparer.Ordinal));
        Assert.Equal(kept, answers.Single(a => a.Group == "PIUG").Text);

        var refreshed = Assert.Single(await staff.Presses(Button(staffCard, "Refresh"), onCardId: staffCard.ActivityId));
        foreach (var text in new[] { kept, "Le PDG est favorable.", "Answers: 2 of 3 groups", "No confirmed representative" })
        {
            Assert.Contains(text, refreshed.CardText, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(lost, refreshed.CardText, StringComparison.Ordinal);
        Assert.Equal(3, refreshed.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["type"] == "ColumnSet")["columns"]!.Count());
        await Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == posted.ActivityId
            && c.CardText.Contains(kept, StringComparison.Ordinal) && c.CardText.Contains("Le PDG est favorable.", StringComparison.Ordinal));
        Assert.DoesNotContain(Connector.CallsFor(bob.ConversationId), c => c.CardText.Contains("Sequence listings", StringComparison.Ordinal));

        Assert.Contains("Preparing the answers to C1 as CSV",
            Assert.Single(await staff.Presses(Button(refreshed, "CSV"), onCardId: refreshed.ActivityId)).Text, StringComparison.Ordinal);
        var ready = await Connector.WaitForAsync(c => c.ConversationId == staff.ConversationId && c.CardText.Contains("Your export is ready", StringComparison.Ordinal));
        var link = new Uri((string)ready.Card!.Descendants().OfType<JObject>().First(a => (string?)a["type"] == "Action.OpenUrl")["url"]!);
        using var http = new HttpClient();
        var csv = (await http.GetStringAsync(link)).Split("\r\n");
        Assert.StartsWith("Consultation,Title,Deadline (UTC),User group,Answered,Answered by,Answered at (UTC),Answer", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("C1,Sequence listings,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",PDG,yes,Chloé Martin," + csv[1].Split(',')[6] + ",Le PDG est favorable.", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(kept, csv[2], StringComparison.Ordinal);
        Assert.Contains(",CEPIUG,no,,,", csv[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtItsDeadlineItClosesOnceStaffAreToldInTheirChannelAndALateAnswerIsRefused()
    {
        var staff = Host.Staff();
        await staff.Says("hello");
        Connector.TeamRoster.Enqueue((BotHost.StaffId, "Sam Staff"));
        await staff.InTeam("team-1", "WIPO staff", ChannelId).Says("<at>CollabBot</at> use this channel for questions");
        var ada = Host.User("co-ada2", "Ada Lovelace");
        await ada.Says("hello");
        await ada.Presses(new JObject { ["verb"] = ProfileCard.SaveVerb, [ProfileCard.GroupInput] = "PIUG", [ProfileCard.RepresentsInput] = "true" });
        await staff.Presses(new JObject
        {
            ["verb"] = PendingGroupsCard.ConfirmVerb,
            [PendingGroupsCard.TenantKey] = BotHost.Tenant,
            [PendingGroupsCard.MemberKey] = ada.ObjectId,
            [PendingGroupsCard.GroupKey] = "PIUG",
            [PendingGroupsCard.RepresentKey] = "1",
        });
        var composer = Assert.Single(await staff.Says("new consultation"));
        var send = Button(composer, "Send to the representatives");
        var deadline = DateTimeOffset.UtcNow.AddSeconds(6);
        send[ConsultationVerbs.TitleInput] = "Short notice";
        send[ConsultationVerbs.TextInput] = "A quick question.";
        send[ConsultationVerbs.DateInput] = deadline.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        send[ConsultationVerbs.TimeInput] = deadline.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        send[ConsultationVerbs.GroupsInput] = "PIUG";
        await staff.Presses(send, onCardId: composer.ActivityId);
        var card = await Connector.WaitForAsync(c => c.ConversationId == ada.ConversationId && IsConsultation(c, "Send the answer"));

        var told = await Connector.WaitForAsync(c => c.ConversationId == ChannelId && c.Text is { } t && t.Contains("closed at its deadline", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        var late = await ada.Presses(Answer(card, "Sorry, late."), onCardId: card.ActivityId);

        Assert.Contains("Consultation C1 \"Short notice\" closed at its deadline: 0 of 1 groups answered.", told.Text, StringComparison.Ordinal);
        Assert.Contains(late, c => c.Text is { } t && t.StartsWith("This consultation closed on", StringComparison.Ordinal));
        Assert.Empty(await Host.Services.GetRequiredService<IConsultationStore>().ListAnswersAsync(1, default));
        await Task.Delay(1500); // a second notice would come now (two instances ran the due item)
        Assert.Single(Connector.CallsFor(ChannelId), c => c.Text is { } t && t.Contains("closed at its deadline", StringComparison.Ordinal));
    }

    /// <summary>The representative's card, with its answer box (its label names the group: "on behalf of PIUG").</summary>
    private static bool IsConsultation(ConnectorCall call, string send) =>
        call.CardText.Contains(send, StringComparison.Ordinal) && call.Card!.Descendants().OfType<JObject>().Any(o => (string?)o["id"] == ConsultationVerbs.AnswerInput);

    private static string? Label(ConnectorCall card) =>
        (string?)card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == ConsultationVerbs.AnswerInput)["label"];

    private static JObject Answer(ConnectorCall card, string text)
    {
        var answer = Button(card, card.CardText.Contains("Envoyer la réponse", StringComparison.Ordinal) ? "Envoyer la réponse" : "Send the answer");
        answer[ConsultationVerbs.AnswerInput] = text;
        return answer;
    }

    private static JObject Button(ConnectorCall card, string title) =>
        (JObject)card.Card!.Descendants().OfType<JObject>().First(a => (string?)a["title"] == title && a["data"] is JObject)["data"]!.DeepClone();
}
