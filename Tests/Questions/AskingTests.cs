using CollabBot.Cards.Model;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Questions;

/// <summary>
/// Members asking Round Table questions, as conversation tables: each line is what Ada types and what she must see
/// ("!text": text absent). "[long]" types a question longer than the limit. The meeting is open and the staff channel set.
/// </summary>
public sealed class AskingTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("Why is this so long? ", 120))[..2500];

    public static TheoryData<string, string[]> Scripts => new()
    {
        { "AsksTopicThenQuestionThenHowShownThenSharingAndSends", [
            "ask a question => **Your question for Round Table 2026**|question 1 of 4|What is it about?|Fees|PATENTSCOPE|Something else",
            "2 => question 2 of 4|Your question|!Your answer so far",
            "Can PATENTSCOPE export results to Excel? => question 3 of 4|How may WIPO show who asked?|With my name and user group|Anonymously",
            "1 => question 4 of 4|May other members see your question",
            "yes => Thanks: your question **Q1** for Round Table 2026 is with WIPO staff",
        ] },
        { "AQuestionTypedAfterTheCommandIsFilledIn", [
            "ask a question Can I pay PCT fees by card? => question 1 of 4|What is it about?",
            "1 => question 3 of 4|How may WIPO show who asked?|!Your answer so far",
        ] },
        { "ATopicNamedAfterTheCommandIsFilledIn", [
            "ask a question about PATENTSCOPE => question 2 of 4|Your question|!question 1 of 4",
        ] },
        { "AnOverLongQuestionIsRefusedWithTheLimit", [
            "ask a question => question 1 of 4",
            "1 => question 2 of 4",
            "[long] => 2,500 characters long|keep it under 2,000|!question 3 of 4",
            "Short now? => question 3 of 4",
        ] },
        { "CancelStopsAndSaysWhereToFindIt", [
            "ask a question => question 1 of 4",
            "1 => question 2 of 4",
            "cancel => I've stopped \"Your question for Round Table 2026\"|You'll find it under **my questions**",
            "my questions => You haven't asked anything yet",
        ] },
        { "MyQuestionsIsEmptyBeforeAsking", [
            "my questions => My questions|You haven't asked anything yet. Type **ask a question**.",
        ] },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Conversation(string name, string[] script)
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.WithStaffChannelAsync();
        var line = 0;
        foreach (var step in script)
        {
            line++;
            var (utterance, expected) = (step.Split(" => ", 2)[0], step.Split(" => ", 2)[1]);
            var shown = (await chat.SaysAsync(Ada, utterance == "[long]" ? Long : utterance)).Shown();
            foreach (var part in expected.Split('|'))
            {
                if (part.StartsWith('!'))
                {
                    Assert.False(shown.Contains(part[1..], StringComparison.Ordinal), $"{name}, line {line} ({utterance}): did not expect \"{part[1..]}\" in:\n{shown}");
                }
                else
                {
                    Assert.True(shown.Contains(part, StringComparison.Ordinal), $"{name}, line {line} ({utterance}): expected \"{part}\" in:\n{shown}");
                }
            }
        }
    }

    [Fact]
    public async Task WithNoMeetingAskingSaysNoneIsCollectingQuestions()
    {
        using var chat = Start();

        var replies = await chat.SaysAsync(Ada, "ask a question");

        Assert.Equal(["text: " + Texts.English<QuestionTexts>("NoMeeting")], replies.Select(r => r.Describe()));
        Assert.Null(chat.StateOf(Ada).Form);
    }

    [Theory]
    [InlineData("en", "10 January 2027")]
    [InlineData("fr", "10 janvier 2027")]
    [InlineData("de", "10 Januar 2027")]
    public async Task BeforeTheNextWindowOpensAskingSaysWhenItDoes(string language, string date)
    {
        using var chat = Start();
        var next = new Meeting("round-table-2027", "Round Table 2027", new(2027, 3, 3, 0, 0, 0, TimeSpan.FromHours(1)),
            new(2027, 1, 10, 0, 0, 0, TimeSpan.FromHours(1)), new(2027, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)), [], "Sam Staff", chat.Clock.GetUtcNow());
        await chat.RoundTable.SaveMeetingAsync(next, default);
        var member = Ada with { Locale = language };

        var replies = await chat.SaysAsync(member, "ask a question");

        var text = Assert.IsType<TextReply>(Assert.Single(replies)).Text;
        Assert.Equal(Texts.In<QuestionTexts>(language, "NoMeetingUntil", "Round Table 2027", date), text);
        Assert.Contains(date, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideThePersonalChatAskingPointsToIt()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        chat.Conversation = ConversationKind.GroupChat;

        var replies = await chat.SaysAsync(Ada, "ask a question");

        Assert.Equal(["text: " + Texts.English<QuestionTexts>("AskInPersonalChat")], replies.Select(r => r.Describe()));
        Assert.Null(chat.StateOf(Ada).Form);
    }

    [Fact]
    public async Task ASentQuestionIsStoredPostedAsATicketAndItsFirstPingScheduled()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.WithStaffChannelAsync();

        var replies = await chat.AsksAsync(Ada, "Can PATENTSCOPE export results to Excel?");

        Assert.Equal(["text: " + Texts.English<QuestionTexts>("Sent", "Q1", MeetingName)], replies.Select(r => r.Describe()));
        var q = await chat.QuestionAsync(1);
        Assert.Equal(("Can PATENTSCOPE export results to Excel?", "Fees", QuestionVisibility.Named, "Ada Lovelace", "PIUG", true, QuestionStatus.Received),
            (q.Text, q.Topic, q.Visibility, q.AskerName, q.AskerGroup, q.Shareable, q.Status));
        var channel = (await chat.RoundTable.FindStaffChannelAsync(default))!;
        var ticket = Assert.Single(chat.Deliveries.Requested, r => r.Content == TicketContent.Kind);
        Assert.Equal((QuestionTickets.TicketOf(channel, MeetingId, 1), ChannelAddress, (string?)null),
            (ticket.Id, Assert.Single(ticket.Audience.Conversations).Address, ticket.Updates));
        var ping = Assert.Single(chat.Deliveries.Scheduled);
        Assert.Equal((QuestionPings.Kind, $"{MeetingId}|1|take|0", new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero)), (ping.Kind, ping.Payload, ping.At));
        Assert.Null(chat.StateOf(Ada).Form);

        await chat.Deliveries.DeliverAsync();

        var card = Assert.IsType<CardReply>(Assert.Single(chat.DeliveredToChannel())).Card;
        Assert.Equal("Q1: question for Round Table 2026", card.Heading());
        Assert.Contains("Can PATENTSCOPE export results to Excel?", card.AllText(), StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace (PIUG)", card.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAStaffChannelASentQuestionPostsNoTicketButIsStillPinged()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();

        await chat.AsksAsync(Ada, "Can PATENTSCOPE export results to Excel?");

        Assert.DoesNotContain(chat.Deliveries.Requested, r => r.Content == TicketContent.Kind);
        Assert.Equal($"{MeetingId}|1|take|0", Assert.Single(chat.Deliveries.Scheduled).Payload);
    }

    [Fact]
    public async Task ButtonsOfASentQuestionsCardsPressedAgainSendNothingAndDoNotRestartTheForm()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        var topicCard = Assert.IsType<CardReply>((await chat.SaysAsync(Ada, "ask a question"))[^1]).Card;
        await chat.SaysAsync(Ada, "1");
        await chat.SaysAsync(Ada, "Can PATENTSCOPE export results to Excel?");
        var shareCard = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "1"))).Card;
        var yes = shareCard.Buttons().Single(b => b.Data.GetValueOrDefault("value") == "yes");

        var sent = await chat.PressesAsync(Ada, yes);
        var again = await chat.PressesAsync(Ada, yes);
        var topic = await chat.PressesAsync(Ada, topicCard.Buttons().Single(b => b.Data.GetValueOrDefault("value") == "2"));

        Assert.Equal("text: " + Texts.English<QuestionTexts>("Sent", "Q1", MeetingName), Assert.Single(sent).Describe());
        Assert.Equal(["text: " + Texts.English<QuestionTexts>("DraftGone")], again.Select(r => r.Describe()));
        Assert.Equal(["text: " + Texts.English<QuestionTexts>("DraftGone")], topic.Select(r => r.Describe()));
        Assert.Null(chat.StateOf(Ada).Form);
        Assert.Single(await chat.RoundTable.ListAsync(MeetingId, default));
    }

    [Fact]
    public async Task AMemberAsksAsManyQuestionsAsTheyLike()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();

        var first = await chat.AsksAsync(Ada, "Can PATENTSCOPE export results to Excel?");
        var second = await chat.AsksAsync(Ada, "When will the fee calculator cover Madrid renewals?");

        Assert.Contains("**Q1**", first.Shown(), StringComparison.Ordinal);
        Assert.Contains("**Q2**", second.Shown(), StringComparison.Ordinal);
        var mine = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "my questions"))).Card.AllText();
        Assert.Contains("When will the fee calculator cover Madrid renewals?", mine, StringComparison.Ordinal);
        Assert.Contains("Can PATENTSCOPE export results to Excel?", mine, StringComparison.Ordinal);
        Assert.True(mine.IndexOf("**Q2**", StringComparison.Ordinal) < mine.IndexOf("**Q1**", StringComparison.Ordinal), "newest first:\n" + mine);
    }

    [Fact]
    public async Task AnOverLongQuestionWritesNothing()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.SaysAsync(Ada, "ask a question");
        await chat.SaysAsync(Ada, "1");

        var replies = await chat.SaysAsync(Ada, Long);

        Assert.Contains("2,000", replies.Shown(), StringComparison.Ordinal);
        var draft = await chat.RoundTable.LoadDraftAsync(chat.Get<AskerKeys>().Hash(Ada.Id), chat.StateOf(Ada).Form!.FormId, default);
        Assert.False(draft.ContainsKey(QuestionForms.TextField));
        Assert.Empty(await chat.RoundTable.ListAsync(MeetingId, default));
        Assert.Empty(chat.Deliveries.Scheduled);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("de")]
    public async Task TheAskFlowNeverSpeaksOfASurveyAndSpeaksTheMembersLanguage(string language)
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Bob, "How can I export search results from PATENTSCOPE to Excel?");
        var member = Ada with { Locale = language };
        var said = new List<Reply>();
        async Task<IReadOnlyList<Reply>> Says(string text)
        {
            var replies = await chat.SaysAsync(member, text);
            said.AddRange(replies);
            return replies;
        }
        async Task<IReadOnlyList<Reply>> Presses(SubmitAction button)
        {
            var replies = await chat.PressesAsync(member, button);
            said.AddRange(replies);
            return replies;
        }

        await Says("ask a question");
        await Says("help");
        await Says("1");
        await Says("later");
        await Says("continue");
        await Says("How can I export my search results from PATENTSCOPE into Excel?");
        await Says("3");
        var duplicates = Assert.IsType<CardReply>(Assert.Single(await Says("yes"))).Card;
        var sent = await Presses(duplicates.Buttons().Single(b => b.Data[CardVerb.Key] == QuestionVerbs.SendMine));
        await Presses(duplicates.Buttons().Single(b => b.Data[CardVerb.Key] == QuestionVerbs.SendMine));
        await Presses(duplicates.Buttons().Single(b => b.Data[CardVerb.Key] == QuestionVerbs.MeToo));
        await Presses(duplicates.Buttons().Single(b => b.Data[CardVerb.Key] == QuestionVerbs.MeToo));
        await Says("ask a question");
        await Says("cancel");
        await Says("my questions");
        await Says("round table q&a");

        var everything = said.Shown();
        foreach (var word in new[] { "survey", "enquête", "enquete", "sondage", "encuesta", "umfrage", "befragung" })
        {
            Assert.DoesNotContain(word, everything, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(Texts.In<QuestionTexts>(language, "Sent", "Q2", MeetingName), Assert.IsType<TextReply>(Assert.Single(sent)).Text);
        Assert.Contains(Texts.In<QuestionTexts>(language, "LooksTheSame"), everything, StringComparison.Ordinal);
        Assert.Contains(Texts.In<QuestionTexts>(language, "DraftGone"), everything, StringComparison.Ordinal);
        Assert.Contains(Texts.In<QuestionTexts>(language, "VoiceAlready", "Q1"), everything, StringComparison.Ordinal);
        Assert.Contains(Texts.In<QuestionTexts>(language, "FindAgain"), everything, StringComparison.Ordinal);
        Assert.Contains(Texts.In<QuestionTexts>(language, "MineHeading"), everything, StringComparison.Ordinal);
        Assert.Contains(Texts.In<QuestionTexts>(language, "FormTitle", MeetingName), everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANearlyIdenticalQuestionOffersTheSharedOneWithoutItsAsker()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Bob, "How can I export search results from PATENTSCOPE to Excel?");

        var replies = await chat.AsksAsync(Ada, "How can I export my search results from PATENTSCOPE into Excel?");

        var card = Assert.IsType<CardReply>(Assert.Single(replies)).Card;
        Assert.Equal(Texts.English<QuestionTexts>("LooksTheSame"), card.Heading());
        var text = card.AllText();
        Assert.Contains("**Q1** — How can I export search results from PATENTSCOPE to Excel?", text, StringComparison.Ordinal);
        Assert.Contains(Texts.English<QuestionTexts>("Voices", 1), text, StringComparison.Ordinal);
        foreach (var secret in new[] { "Bob", "Builder", "CEPIUG" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
        Assert.Equal([QuestionVerbs.MeToo, QuestionVerbs.SendMine], card.Buttons().Select(b => b.Data[CardVerb.Key]));
        Assert.Single(await chat.RoundTable.ListAsync(MeetingId, default));
    }

    [Fact]
    public async Task MeTooAddsAVoiceOnceAndFollowsTheQuestion()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Bob, "How can I export search results from PATENTSCOPE to Excel?");
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.AsksAsync(Ada, "How can I export my search results from PATENTSCOPE into Excel?"))).Card;
        var meToo = card.Buttons().Single(b => b.Data[CardVerb.Key] == QuestionVerbs.MeToo);

        var first = await chat.PressesAsync(Ada, meToo);
        var again = await chat.PressesAsync(Ada, meToo);
        var sendAfter = await chat.PressesAsync(Ada, card.Buttons().Single(b => b.Data[CardVerb.Key] == QuestionVerbs.SendMine));

        Assert.Equal("text: " + Texts.English<QuestionTexts>("VoiceAdded", "Q1", 2), Assert.Single(first).Describe());
        Assert.Equal("text: " + Texts.English<QuestionTexts>("VoiceAlready", "Q1"), Assert.Single(again).Describe());
        Assert.Equal("text: " + Texts.English<QuestionTexts>("DraftGone"), Assert.Single(sendAfter).Describe());
        Assert.Equal(1, (await chat.QuestionAsync(1)).Voices);
        Assert.Single(await chat.RoundTable.ListAsync(MeetingId, default));
        var mine = (await chat.SaysAsync(Ada, "my questions")).Shown();
        Assert.Contains("How can I export search results from PATENTSCOPE to Excel?", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberWhoAddedTheirVoiceIsToldWhenTheQuestionMovesOnInTheirLanguage()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Bob, "How can I export search results from PATENTSCOPE to Excel?");
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.AsksAsync(Chloe, "Comment exporter les résultats de recherche PATENTSCOPE vers Excel ? How can I export search results from PATENTSCOPE to Excel?"))).Card;
        await chat.PressesAsync(Chloe, card.Buttons().Single(b => b.Data[CardVerb.Key] == QuestionVerbs.MeToo));

        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.Take);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["text: " + Texts.In<QuestionTexts>("fr", "Moved", "Q1", MeetingName, Texts.In<QuestionTexts>("fr", "StatusTaken"))],
            chat.DeliveredTo(Chloe).Select(r => r.Describe()));
        Assert.Equal(["text: " + Texts.English<QuestionTexts>("Moved", "Q1", MeetingName, "being answered")], chat.DeliveredTo(Bob).Select(r => r.Describe()));
        Assert.Contains("How can I export search results from PATENTSCOPE to Excel?", (await chat.SaysAsync(Chloe, "mes questions")).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMineAnywaySendsItOnceThenSaysItIsGone()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.WithStaffChannelAsync();
        await chat.AsksAsync(Bob, "How can I export search results from PATENTSCOPE to Excel?");
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.AsksAsync(Ada, "How can I export my search results from PATENTSCOPE into Excel?", shown: 2))).Card;
        var sendMine = card.Buttons().Single(b => b.Data[CardVerb.Key] == QuestionVerbs.SendMine);

        var sent = await chat.PressesAsync(Ada, sendMine);
        var again = await chat.PressesAsync(Ada, sendMine);

        Assert.Equal("text: " + Texts.English<QuestionTexts>("Sent", "Q2", MeetingName), Assert.Single(sent).Describe());
        Assert.Equal("text: " + Texts.English<QuestionTexts>("DraftGone"), Assert.Single(again).Describe());
        Assert.Equal(2, (await chat.RoundTable.ListAsync(MeetingId, default)).Count);
        var q2 = await chat.QuestionAsync(2);
        Assert.Equal(("How can I export my search results from PATENTSCOPE into Excel?", QuestionVisibility.GroupOnly, (string?)null, "PIUG"),
            (q2.Text, q2.Visibility, q2.AskerName, q2.AskerGroup));
        Assert.Equal(2, chat.Deliveries.Requested.Count(r => r.Content == TicketContent.Kind));
    }

    [Fact]
    public async Task AQuestionNotSharedIsNeverOfferedToOthers()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Bob, "How can I export search results from PATENTSCOPE to Excel?", share: false);

        var replies = await chat.AsksAsync(Ada, "How can I export my search results from PATENTSCOPE into Excel?");

        Assert.Equal("text: " + Texts.English<QuestionTexts>("Sent", "Q2", MeetingName), Assert.Single(replies).Describe());
    }

    [Fact]
    public async Task APublishedAnswerIsOfferedWithItsAnswerEvenWhenTheAskerDidNotShare()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Bob, "How can I export search results from PATENTSCOPE to Excel?", share: false);
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.AnswerIt, (QuestionVerbs.AnswerInput, "Use the CSV export, then open it in Excel."),
            (QuestionVerbs.PublishInput, "true"));

        var replies = await chat.AsksAsync(Ada, "How can I export my search results from PATENTSCOPE into Excel?");

        var text = Assert.IsType<CardReply>(Assert.Single(replies)).Card.AllText();
        Assert.Contains("Use the CSV export, then open it in Excel.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyQuestionsShowsWhereEachStandsAndItsAnswerInTheMembersLanguage()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Chloe, "Puis-je payer les taxes PCT par carte ?");

        var before = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Chloe, "mes questions"))).Card;
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.AnswerIt, (QuestionVerbs.AnswerInput, "Oui, par ePCT."), (QuestionVerbs.PublishInput, "false"));
        var after = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Chloe, "mes questions"))).Card;

        Assert.Equal("Mes questions", before.Heading());
        Assert.Contains("reçue", before.AllText(), StringComparison.Ordinal);
        var text = after.AllText();
        Assert.Contains("Puis-je payer les taxes PCT par carte ?", text, StringComparison.Ordinal);
        Assert.Contains("État\nrépondue", text, StringComparison.Ordinal);
        Assert.Contains("**Réponse:** Oui, par ePCT.", text, StringComparison.Ordinal);
        Assert.Contains("Poser une question", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionSentAfterItsMeetingClosedGoesToTheNextMeetingAndSaysSo()
    {
        using var chat = Start();
        var zurich = TimeSpan.FromHours(1);
        await chat.RoundTable.SaveMeetingAsync(OpenMeeting with { Closes = new(2026, 11, 26, 0, 0, 0, zurich) }, default);
        await chat.RoundTable.SaveMeetingAsync(new Meeting("round-table-2027", "Round Table 2027", new(2027, 3, 3, 0, 0, 0, zurich),
            new(2026, 11, 26, 0, 0, 0, zurich), new(2027, 3, 1, 0, 0, 0, zurich), ["Fees", "PATENTSCOPE"], "Sam Staff", chat.Clock.GetUtcNow()), default);
        await chat.SaysAsync(Ada, "ask a question");
        await chat.SaysAsync(Ada, "1");
        await chat.SaysAsync(Ada, "Can I pay PCT fees by card?");
        await chat.SaysAsync(Ada, "1");

        chat.Clock.Advance(TimeSpan.FromDays(1));
        var replies = await chat.SaysAsync(Ada, "yes");

        Assert.Equal(
            [
                "text: " + Texts.English<QuestionTexts>("MovedToNext", MeetingName, "Round Table 2027"),
                "text: " + Texts.English<QuestionTexts>("Sent", "Q1", "Round Table 2027"),
            ],
            replies.Select(r => r.Describe()));
        Assert.Empty(await chat.RoundTable.ListAsync(MeetingId, default));
        Assert.Equal("Can I pay PCT fees by card?", Assert.Single(await chat.RoundTable.ListAsync("round-table-2027", default)).Text);
    }

    [Fact]
    public async Task AnAnonymousQuestionShowsStaffNoNameOrGroupAndKeepsTheAskerSealed()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.WithStaffChannelAsync();

        await chat.AsksAsync(Ada, "Is the PIUG proposal on the agenda?", shown: 3);
        await chat.Deliveries.DeliverAsync();

        var q = await chat.QuestionAsync(1);
        Assert.Equal((QuestionVisibility.Anonymous, (string?)null, (string?)null), (q.Visibility, q.AskerName, q.AskerGroup));
        Assert.DoesNotContain("ada", q.Asker, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Ada.Id.ObjectId, string.Join(" ", q.History.Select(h => h.By)), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Ada.Id, chat.Get<AskerKeys>().Open(q.Asker));
        var ticket = Assert.IsType<CardReply>(Assert.Single(chat.DeliveredToChannel())).Card.AllText();
        Assert.Equal(ticket, (await chat.TicketAsync(1)).AllText());
        Assert.Contains("Asked by\nanonymous", ticket, StringComparison.Ordinal);
        foreach (var secret in new[] { "Ada", "Lovelace", "PIUG members" })
        {
            Assert.DoesNotContain(secret, ticket, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("(PIUG)", ticket, StringComparison.Ordinal);
        Assert.DoesNotContain("member of PIUG", ticket, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupOnlyQuestionShowsStaffTheGroupButNotTheName()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();

        await chat.AsksAsync(Ada, "Will ePCT support bulk uploads?", shown: 2);

        var ticket = (await chat.TicketAsync(1)).AllText();
        Assert.Contains("Asked by\na member of PIUG", ticket, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", ticket, StringComparison.Ordinal);
        Assert.Equal(Ada.Id, chat.Get<AskerKeys>().Open((await chat.QuestionAsync(1)).Asker));
    }

    [Fact]
    public async Task AMessageNothingUnderstoodOffersToAskItAndTheOfferFillsItIn()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();

        var help = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "Why do Madrid renewals cost more in francs"))).Card;
        var offer = help.Buttons().Single(b => b.Title == Texts.English<QuestionTexts>("AskNotUnderstood"));
        var started = await chat.PressesAsync(Ada, offer);
        var next = await chat.SaysAsync(Ada, "1");
        await chat.SaysAsync(Ada, "1");
        var sent = await chat.SaysAsync(Ada, "no");

        Assert.Contains("question 1 of 4", started.Shown(), StringComparison.Ordinal);
        Assert.Contains("question 3 of 4", next.Shown(), StringComparison.Ordinal);
        Assert.Contains("your question **Q1**", sent.Shown(), StringComparison.Ordinal);
        Assert.Equal("Why do Madrid renewals cost more in francs", (await chat.QuestionAsync(1)).Text);
    }

    [Fact]
    public async Task TheRoundTableQaCanBeNarrowedToATopicOrAMeeting()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Ada, "Can PATENTSCOPE export results to Excel?");
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.AnswerIt, (QuestionVerbs.AnswerInput, "Yes, up to 10,000 results."), (QuestionVerbs.PublishInput, "true"));

        var topic = (await chat.SaysAsync(Bob, "round table q&a fees")).Shown();
        var meeting = (await chat.SaysAsync(Bob, "round table q&a Round Table 2026")).Shown();
        var other = (await chat.SaysAsync(Bob, "round table q&a PATENTSCOPE")).Shown();
        var french = (await chat.SaysAsync(Chloe, "questions-réponses ePCT")).Shown();

        Assert.Contains("Yes, up to 10,000 results.", topic, StringComparison.Ordinal);
        Assert.Contains("Yes, up to 10,000 results.", meeting, StringComparison.Ordinal);
        Assert.Contains(Texts.English<QuestionTexts>("QaNoneFor", "PATENTSCOPE"), other, StringComparison.Ordinal);
        Assert.DoesNotContain("Yes, up to 10,000 results.", other, StringComparison.Ordinal);
        Assert.Contains(Texts.In<QuestionTexts>("fr", "QaNoneFor", "ePCT"), french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingAboutAProductFromItsCardStartsWithTheProductAsTheTopic()
    {
        using var chat = Start();
        Plans.PlansChat.WithSampleCatalogue(chat);
        await chat.WithOpenMeetingAsync();
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "the ePCT courses"))).Card;
        var ask = card.Buttons().Single(b => b.Title == Texts.English<QuestionTexts>("AskAboutProduct"));

        var started = await chat.PressesAsync(Ada, ask);
        await chat.SaysAsync(Ada, "Can ePCT renew a Madrid mark?");
        await chat.SaysAsync(Ada, "1");
        await chat.SaysAsync(Ada, "no");

        Assert.Contains("question 2 of 4", started.Shown(), StringComparison.Ordinal);
        var q = await chat.QuestionAsync(1);
        Assert.Equal(("ePCT", "Can ePCT renew a Madrid mark?", false), (q.Topic, q.Text, q.Shareable));
    }

    [Fact]
    public async Task TheRoundTableQaListsOnlyPublishedAnswers()
    {
        using var chat = Start();
        await chat.WithOpenMeetingAsync();
        await chat.AsksAsync(Ada, "Can PATENTSCOPE export results to Excel?");
        await chat.AsksAsync(Ada, "When will the fee calculator cover Madrid renewals?");
        await chat.PressesOnTicketAsync(Sam, 1, QuestionVerbs.AnswerIt, (QuestionVerbs.AnswerInput, "Yes, up to 10,000 results."), (QuestionVerbs.PublishInput, "true"));
        chat.Clock.Advance(TimeSpan.FromMinutes(1));
        await chat.PressesOnTicketAsync(Sam, 2, QuestionVerbs.AnswerIt, (QuestionVerbs.AnswerInput, "Only to you: next year."), (QuestionVerbs.PublishInput, "false"));

        var qa = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Bob, "round table q&a"))).Card;

        Assert.Equal(Texts.English<QuestionTexts>("QaHeading"), qa.Heading());
        Assert.Contains("Yes, up to 10,000 results.", qa.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Only to you", qa.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Madrid", qa.AllText(), StringComparison.Ordinal);
    }
}
