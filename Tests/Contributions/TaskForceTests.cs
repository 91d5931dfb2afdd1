using CollabBot.Cards.Contributions;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>Task forces are for members of observer organisations only: checked when the form starts, from an old button, and when it is sent.</summary>
public sealed class TaskForceTests
{
    private const string Observers = "PDG, PIUG, CEPIUG";
    private const string Contact = "the CWS Secretariat (cws.mail@wipo.int)";

    private static string T(string language, string key, params object[] args) => Texts.In<ContributionTexts>(language, key, args);

    private static async Task AssertNothingRecordedAsync(ChatHarness chat)
    {
        await chat.Deliveries.DeliverAsync();
        Assert.Empty(await chat.Contributions.ListAsync("taskforce", default));
        Assert.Empty(chat.DeliveredToChannel());
    }

    [Fact]
    public async Task ElenaOfAidbIsRefusedInSpanishWithTheObserverGroupsAndTheContactAndNothingStarts()
    {
        using var chat = await StartAsync();

        var replies = await chat.SaysAsync(Elena, "contribuir grupo de trabajo");
        var next = await chat.SaysAsync(Elena, "1");

        var refusal = Assert.Single(replies).Shown();
        Assert.Equal(T("es", "TaskforceNotObserver", "AIDB", Observers, Contact), refusal);
        Assert.Contains("AIDB", refusal, StringComparison.Ordinal);
        Assert.Contains(Observers, refusal, StringComparison.Ordinal);
        Assert.Contains("cws.mail@wipo.int", refusal, StringComparison.Ordinal);
        Assert.Null(chat.StateOf(Elena).Form);
        Assert.DoesNotContain(T("es", "TaskforceGroup"), next.Shown(), StringComparison.Ordinal);
        await AssertNothingRecordedAsync(chat);
    }

    [Fact]
    public async Task AMemberWithoutAConfirmedGroupIsRefused()
    {
        using var chat = await StartAsync();
        var ungrouped = Ada with { UserGroup = null, RequestedUserGroup = "PIUG" };

        var replies = await chat.SaysAsync(ungrouped, "join a task force");

        Assert.Equal(T("en", "TaskforceNoGroup", Observers, Contact), Assert.Single(replies).Shown());
        Assert.Null(chat.StateOf(ungrouped).Form);
        await AssertNothingRecordedAsync(chat);
    }

    [Fact]
    public async Task DieterOfAfpicIsRefusedByDefaultAndAllowedOnceAfpicBelongsToCepiug()
    {
        using (var plain = await StartAsync())
        {
            var refused = await plain.SaysAsync(Dieter, "beitragen arbeitsgruppe");
            Assert.Equal(T("de", "TaskforceNotObserver", "AFPIC", Observers, Contact), Assert.Single(refused).Shown());
            await AssertNothingRecordedAsync(plain);
        }

        using var chat = await StartAsync(o => o.ParentGroups["AFPIC"] = "CEPIUG");

        var sent = await chat.WalksAsync(Dieter, ["beitragen arbeitsgruppe", .. TaskForceAnswers]);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(T("de", "Sent", T("de", "TaskforceName"), "T1"), Assert.Single(sent).Shown());
        var t1 = await chat.ContributionAsync("taskforce", 1);
        Assert.Equal(("Committee on WIPO Standards (CWS)", "AFPIC"), (t1["committee"], t1.SenderGroup));
        Assert.Single(chat.DeliveredToChannel());
    }

    [Fact]
    public async Task AConfiguredObserverListReplacesTheDefaultOne()
    {
        using var chat = await StartAsync(o => o.ObserverGroups = ["AIDB"]);

        var elena = await chat.SaysAsync(Elena, "contribute task force");
        var ada = await chat.SaysAsync(Ada, "contribute task force");

        Assert.Contains(T("es", "TaskforceCommittee"), elena.Shown(), StringComparison.Ordinal);
        Assert.Equal(T("en", "TaskforceNotObserver", "PIUG", "AIDB", Contact), Assert.Single(ada).Shown());
    }

    [Fact]
    public async Task AMemberWhoseGroupChangedWhileTheFormWasOpenIsRefusedAtTheLastAnswerAndNothingIsRecorded()
    {
        using var chat = await StartAsync();
        await chat.WalksAsync(Bob, ["contribute task force", .. TaskForceAnswers[..^1]]);
        var moved = Bob with { UserGroup = "AIDB" };

        var last = await chat.SaysAsync(moved, TaskForceAnswers[^1]);

        Assert.Contains(T("en", "TaskforceNotObserver", "AIDB", Observers, Contact), last.Select(r => r.Shown()));
        Assert.DoesNotContain(last, r => r.Shown().Contains("T1", StringComparison.Ordinal));
        Assert.Null(chat.StateOf(moved).Form);
        await AssertNothingRecordedAsync(chat);
    }

    [Fact]
    public async Task AMemberWhoseGroupChangedBeforeTheAllInOneCardIsSentIsRefusedAndNothingIsRecorded()
    {
        using var chat = await StartAsync();
        await chat.SaysAsync(Bob, "contribute task force");
        var form = chat.StateOf(Bob).Form!.FormId;
        var submit = Cards.Model.CardVerb.Button("Send", Cards.Forms.FormVerbs.SubmitAll, (Cards.Forms.FormVerbs.KindKey, ContributionForms.FormKind),
            (Cards.Forms.FormVerbs.FormKey, form));

        var replies = await chat.PressesAsync(Bob with { UserGroup = "AIDB" }, submit, (Cards.Forms.FormVerbs.InputId("committee"), "1"),
            (Cards.Forms.FormVerbs.InputId("group"), "XML4IP"), (Cards.Forms.FormVerbs.InputId("bring"), "Experience."));

        Assert.Equal(T("en", "TaskforceNotObserver", "AIDB", Observers, Contact), Assert.Single(replies).Shown());
        Assert.StartsWith("taskforce-", form, StringComparison.Ordinal);
        await AssertNothingRecordedAsync(chat);
    }

    [Fact]
    public async Task TheRuleIsCheckedAgainWhenTheCompletedFormIsRecorded()
    {
        using var chat = await StartAsync();
        await chat.WalksAsync(Bob, ["contribute task force", .. TaskForceAnswers[..^1]]);
        var forms = chat.Get<ContributionForms>();
        var formId = chat.StateOf(Bob).Form!.FormId;
        var (form, refusal) = await forms.OpenForAsync(Bob, formId, default);
        var answers = new Dictionary<string, string>((await forms.LoadAnswersAsync(Bob, formId, default)).Values) { ["bring"] = TaskForceAnswers[^1] };
        var turn = new Turn { Sender = Bob with { UserGroup = "AIDB" }, Conversation = ConversationKind.Personal, State = new ConversationData() };

        var handled = await forms.AnswerCompletedAsync(turn, form!, new Dialogs.Forms.FormAnswers(answers, true), inPlace: false, default);

        Assert.Null(refusal);
        Assert.True(handled);
        Assert.Equal(T("en", "TaskforceNotObserver", "AIDB", Observers, Contact), Assert.Single(turn.Replies).Shown());
        await AssertNothingRecordedAsync(chat);
    }

    [Fact]
    public async Task AnOldStartButtonOfTheChannelsCardIsCheckedToo()
    {
        using var chat = await StartAsync();
        var channels = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Elena, "contribuir"))).Card;
        var start = channels.Buttons().Single(b => b.Data.GetValueOrDefault(ContributionVerbs.KindKey) == "taskforce");

        var pressed = await chat.PressesAsync(Elena, start);
        var forged = await chat.PressesAsync(Elena, ContributionVerbs.Start, (ContributionVerbs.KindKey, "taskforce"));

        Assert.Equal(T("es", "TaskforceNotObserver", "AIDB", Observers, Contact), Assert.Single(pressed).Shown());
        Assert.Equal(T("es", "TaskforceNotObserver", "AIDB", Observers, Contact), Assert.Single(forged).Shown());
        Assert.Null(chat.StateOf(Elena).Form);
        await AssertNothingRecordedAsync(chat);
        Assert.Contains(T("fr", "TaskforceCommittee"), (await chat.PressesAsync(Chloe, start)).Shown(), StringComparison.Ordinal);
    }
}
