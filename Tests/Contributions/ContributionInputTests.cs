using CollabBot.Cards.Contributions;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Nominations;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>What members and staff send that the feature did not expect: a clear message, nothing changed, never an exception; and where "contribute" works.</summary>
public sealed class ContributionInputTests
{
    private const string DoesNotExist = "text: That contribution does not exist.";

    private static string T(string key, params object[] args) => Texts.English<ContributionTexts>(key, args);

    public static TheoryData<string, (string, string)[], string> BadStaffButtons => new()
    {
        { ContributionVerbs.Take, [(ContributionVerbs.KindKey, "complaint"), (ContributionVerbs.NumberKey, "1")], DoesNotExist },
        { ContributionVerbs.Take, [(ContributionVerbs.NumberKey, "1")], DoesNotExist },
        { ContributionVerbs.Take, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "one")], DoesNotExist },
        { ContributionVerbs.Take, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "-1")], DoesNotExist },
        { ContributionVerbs.Take, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "99999999999999")], DoesNotExist },
        { ContributionVerbs.Take, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "2")], DoesNotExist },
        { ContributionVerbs.Show, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "1.0")], DoesNotExist },
        { ContributionVerbs.Decide, [(ContributionVerbs.KindKey, "Feedback"), (ContributionVerbs.NumberKey, "1"), (ContributionVerbs.OutcomeKey, "Answer"),
            (ContributionVerbs.ReplyInput, "Hi")], DoesNotExist },
        { ContributionVerbs.Decide, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "1"), (ContributionVerbs.OutcomeKey, "Approve")],
            "text: That button is not one of Feedback's decisions; press one on F1's card." },
        { ContributionVerbs.Decide, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "1")],
            "text: That button is not one of Feedback's decisions; press one on F1's card." },
        { ContributionVerbs.Decide, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "1"), (ContributionVerbs.OutcomeKey, "2"),
            (ContributionVerbs.ReplyInput, "Hi")], "text: That button is not one of Feedback's decisions; press one on F1's card." },
        { ContributionVerbs.Decide, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "1"), (ContributionVerbs.OutcomeKey, "answer"),
            (ContributionVerbs.ReplyInput, "Hi")], "text: That button is not one of Feedback's decisions; press one on F1's card." },
        { ContributionVerbs.Decide, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "1"), (ContributionVerbs.OutcomeKey, "Accept")],
            "text: That button is not one of Feedback's decisions; press one on F1's card." },
        { ContributionVerbs.Decide, [(ContributionVerbs.KindKey, "feedback"), (ContributionVerbs.NumberKey, "1"), (ContributionVerbs.OutcomeKey, "Answer"),
            (ContributionVerbs.ReplyInputOf("Answer"), new string('x', 2001))], "text: That is 2001 characters long; keep it under 2000." },
    };

    [Theory]
    [MemberData(nameof(BadStaffButtons))]
    public async Task ABadStaffButtonGetsAClearMessageAndChangesNothing(string verb, (string, string)[] values, string said)
    {
        using var chat = await StartAsync();
        await chat.ContributesAsync(Ada, "feedback", FeedbackAnswers);
        var before = await chat.ContributionAsync("feedback", 1);
        var requested = chat.Deliveries.Requested.Count;

        var replies = await chat.PressesStaffVerbAsync(Kim, verb, values);

        Assert.Equal(said, Assert.Single(replies).Describe());
        Assert.Same(before, await chat.ContributionAsync("feedback", 1));
        Assert.Equal(requested, chat.Deliveries.Requested.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("complaint")]
    [InlineData("FEEDBACK")]
    public async Task AStartButtonNamingNoChannelSaysSoAndStartsNothing(string kind)
    {
        using var chat = await StartAsync();

        var replies = await chat.PressesAsync(Ada, ContributionVerbs.Start, (ContributionVerbs.KindKey, kind));

        Assert.Equal("text: " + T("UnknownChannel"), Assert.Single(replies).Describe());
        Assert.Null(chat.StateOf(Ada).Form);
    }

    [Theory]
    [InlineData("")]
    [InlineData("feedback")]
    [InlineData("feedback|")]
    [InlineData("feedback|x|v1")]
    [InlineData("feedback|7")]
    [InlineData("nothing|1|released")]
    public async Task ADeliveryOfAPayloadThatNamesNothingSendsNothing(string payload)
    {
        using var chat = await StartAsync();
        await chat.ContributesAsync(Ada, "feedback", FeedbackAnswers);
        var recipient = new DeliveryRecipient(Ada.Id, Ada.Locale);

        foreach (var content in chat.Get<IServiceProvider>().GetServices<IDeliveryContent>().Where(c => c.Kind.StartsWith("contribution.", StringComparison.Ordinal)))
        {
            var built = await content.BuildAsync(recipient, payload, default);
            Assert.True(built is null, $"{content.Kind} built a message from \"{payload}\"");
        }
        await chat.Get<ContributionPings>().RunAsync(payload, default);
        await chat.Get<ContributionPings>().RunAsync(payload + "|x", default);
    }

    [Fact]
    public async Task AStaffCardOfAnOverTakenVersionAndANewsOfWhatWasNotDecidedSendNothing()
    {
        using var chat = await StartAsync();
        await chat.ContributesAsync(Ada, "feedback", FeedbackAnswers);
        var recipient = new DeliveryRecipient(Ada.Id, Ada.Locale);
        var contents = chat.Get<IServiceProvider>().GetServices<IDeliveryContent>().ToDictionary(c => c.Kind);

        Assert.NotNull(await contents[ContributionCardContent.ContentKind].BuildAsync(recipient, "feedback|1|v1", default));
        Assert.Null(await contents[ContributionCardContent.ContentKind].BuildAsync(recipient, "feedback|1|v2", default));
        Assert.Null(await contents[ContributionMovedContent.ContentKind].BuildAsync(recipient, "feedback|1|v1", default));
        Assert.Null(await contents[ContributionMovedContent.ContentKind].BuildAsync(recipient, "feedback|1|released", default));
    }

    [Fact]
    public async Task TheLastAnswerDeliveredTwiceRecordsOneContribution()
    {
        using var chat = await StartAsync();
        var asked = await chat.WalksAsync(Ada, ["contribute feedback", .. FeedbackAnswers[..^1]]);
        var contact = Assert.IsType<CardReply>(asked[^1]).Card;
        var yesButton = contact.Buttons().First(b => b.Data[CardVerb.Key] == FormVerbs.Answer && b.Data.GetValueOrDefault(FormVerbs.FieldKey) == "contact");

        var first = await chat.PressesAsync(Ada, yesButton);
        var again = await chat.PressesAsync(Ada, yesButton);
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("**F1**", first.Shown(), StringComparison.Ordinal);
        Assert.Equal("text: " + T("DraftGone"), Assert.Single(again).Describe());
        Assert.Single(await chat.Contributions.ListAsync("feedback", default));
        Assert.Single(chat.DeliveredToChannel());
    }

    [Fact]
    public async Task ATurnRunAgainAfterItRecordedButBeforeItFinishedRecordsOneContribution()
    {
        using var chat = await StartAsync();
        await chat.WalksAsync(Ada, ["contribute feedback", .. FeedbackAnswers[..^1]]);
        var cursor = chat.StateOf(Ada).Form!;
        var (formId, index) = (cursor.FormId, cursor.Index);
        var draft = await chat.Contributions.LoadDraftAsync(ContributionForms.DraftOwner(Ada), formId, default);

        await chat.SaysAsync(Ada, FeedbackAnswers[^1]);
        // As if the turn had failed after recording: its state and the draft as they were, and the same message again.
        await chat.Contributions.SaveDraftAsync(ContributionForms.DraftOwner(Ada), formId, draft, default);
        chat.StateOf(Ada).Form = new Dialogs.Forms.FormCursor { Kind = ContributionForms.FormKind, FormId = formId, Index = index };
        var again = await chat.SaysAsync(Ada, FeedbackAnswers[^1]);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal("text: " + T("Sent", T("FeedbackName"), "F1"), Assert.Single(again).Describe());
        Assert.Single(await chat.Contributions.ListAsync("feedback", default));
        Assert.Single(chat.DeliveredToChannel());
        Assert.Single(chat.Deliveries.Scheduled, d => d.Kind == ContributionPings.Kind);
    }

    [Theory]
    [InlineData(ConversationKind.GroupChat, "contribute")]
    [InlineData(ConversationKind.GroupChat, "contribute feedback")]
    [InlineData(ConversationKind.Channel, "contribute")]
    [InlineData(ConversationKind.Channel, "give feedback")]
    public async Task ContributingOutsideThePersonalChatSaysToUseIt(ConversationKind where, string typed)
    {
        using var chat = await StartAsync();
        chat.Conversation = where;
        chat.Channel = TeamChannel(new RosterEntry("ada", "Ada Lovelace"));

        var replies = await chat.SaysAsync(Ada, typed);

        Assert.Equal(["text: " + T("InPersonalChat")], replies.Select(r => r.Describe()));
        chat.Conversation = ConversationKind.Personal;
        Assert.Null(chat.StateOf(Ada).Form);
    }

    [Fact]
    public async Task AChannelsCardButtonPressedInAGroupChatSaysToUseThePersonalChat()
    {
        using var chat = await StartAsync();
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "contribute"))).Card;
        chat.Conversation = ConversationKind.GroupChat;

        var replies = await chat.PressesAsync(Ada, card.Buttons().First());

        Assert.Equal(["text: " + T("InPersonalChat")], replies.Select(r => r.Describe()));
    }

    [Fact]
    public async Task ContributeAloneShowsOneButtonPerChannelAndTheTrainerOrSpeakerRequest()
    {
        using var chat = await StartAsync();

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "contribute"))).Card;
        var buttons = card.Buttons().ToList();

        Assert.Equal(T("ChannelsHeading"), card.Heading());
        Assert.Equal(["feedback", "inspire", "magazine", "taskforce", "agenda"],
            buttons.Where(b => b.Data[CardVerb.Key] == ContributionVerbs.Start).Select(b => b.Data[ContributionVerbs.KindKey]));
        Assert.Equal([T("FeedbackName"), T("InspireName"), T("MagazineName"), T("TaskforceName"), T("AgendaName"), T("EventsName")],
            buttons.Select(b => b.Title));
        var events = buttons[^1];
        Assert.Equal((CardVerb.RunCommand, NominateCommand.Name, NominateCommand.ForAnEvent),
            (events.Data[CardVerb.Key], events.Data[CardVerb.CommandKey], events.Data[CardVerb.ArgumentKey]));

        var feedback = (await chat.PressesAsync(Ada, buttons[0])).Shown();
        Assert.Contains(T("FeedbackProduct"), feedback, StringComparison.Ordinal);
        var speaker = (await chat.PressesAsync(Bob, events)).Shown();
        Assert.Contains(Texts.English<NominationTexts>("FormTitleSpeaker"), speaker, StringComparison.Ordinal);
        Assert.Contains(Texts.English<NominationTexts>("FieldEvent"), speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "contribuer")]
    [InlineData("es", "contribuir")]
    [InlineData("de", "beitragen")]
    public async Task TheChannelsCardIsInTheMembersLanguage(string language, string typed)
    {
        using var chat = await StartAsync();
        var member = language switch { "fr" => Chloe, "es" => Elena, _ => Dieter };

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(member, typed))).Card;

        Assert.Equal(Texts.In<ContributionTexts>(language, "ChannelsHeading"), card.Heading());
        Assert.Contains(Texts.In<ContributionTexts>(language, "MagazineName"), card.Buttons().Select(b => b.Title));
        Assert.NotEqual(T("ChannelsHeading"), card.Heading());
    }
}
