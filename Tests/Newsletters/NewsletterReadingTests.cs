using CollabBot.Cards.Model;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Newsletters;
using CollabBot.Tests.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Newsletters.NewsletterChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Newsletters;

public sealed class NewsletterReadingTests
{
    private static readonly string LongBody = "First paragraph, short.\n\n" + string.Join("\n\n", Enumerable.Range(1, 12).Select(i =>
        $"Paragraph {i} tells what changed in PATENTSCOPE this quarter, with enough words to need more than the excerpt."));

    [Fact]
    public async Task EachMemberGetsTheirLanguageVersionElseEnglish()
    {
        using var chat = await StartAsync();

        await chat.SendsAsync(Sam, Inputs(more: [(NewsletterVerbs.TitleInput("fr"), "Nouvelles de PATENTSCOPE"), (NewsletterVerbs.BodyInput("fr"), "Le **coréen**.")]));

        Assert.Equal("Nouvelles de PATENTSCOPE", chat.NewsletterOf(Chloe).Heading());
        Assert.Equal("PATENTSCOPE news", chat.NewsletterOf(Dieter).Heading());
        Assert.Equal("PATENTSCOPE news", chat.NewsletterOf(Ada).Heading());
        Assert.Contains("Antworten", chat.NewsletterOf(Dieter).AllText(), StringComparison.Ordinal);
        Assert.Equal(NewsletterStatus.Sent, (await chat.Newsletters.FindAsync(1, default))!.Status);
    }

    [Fact]
    public async Task ReadMoreShowsTheWholeNewsletterInPlaceAndCountsAMemberOnce()
    {
        using var chat = await StartAsync();
        await chat.SendsAsync(Sam, Inputs(body: LongBody));
        var card = chat.NewsletterOf(Ada);
        Assert.DoesNotContain("Paragraph 12", card.AllText(), StringComparison.Ordinal);

        var expanded = Updated(await chat.PressesAsync(Ada, card.Button(NewsletterVerbs.Read)));
        await chat.PressesAsync(Ada, card.Button(NewsletterVerbs.Read));
        await chat.PressesAsync(Bob, chat.NewsletterOf(Bob).Button(NewsletterVerbs.Read));

        Assert.Contains("Paragraph 12", expanded.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(expanded.Buttons(), b => b.Data[CardVerb.Key] == NewsletterVerbs.Read);
        Assert.Equal(2, (await chat.Newsletters.EngagementAsync(1, default)).Read);
    }

    [Fact]
    public async Task HelpfulIsCountedOnceAndTheCardSaysSo()
    {
        using var chat = await StartAsync();
        await chat.SendsAsync(Sam);
        var card = chat.NewsletterOf(Elena);

        var thanked = Updated(await chat.PressesAsync(Elena, card.Button(NewsletterVerbs.Helpful)));
        await chat.PressesAsync(Elena, card.Button(NewsletterVerbs.Helpful));

        Assert.Contains("Le ha resultado útil. ¡Gracias!", thanked.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(thanked.Buttons(), b => b.Data[CardVerb.Key] == NewsletterVerbs.Helpful);
        Assert.Equal(1, (await chat.Newsletters.EngagementAsync(1, default)).Helpful);
        var status = Updated(await chat.PressesAsync(Sam, (await OpenAsync(chat)).Button(NewsletterVerbs.Status))).AllText();
        Assert.Contains("Found it helpful\n1", status, StringComparison.Ordinal);
        Assert.Contains("Delivered\n8", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffPreviewButtonsCountNothing()
    {
        using var chat = await StartAsync();
        var draft = Updated(await chat.ComposesAsync(Sam, Inputs(body: LongBody)));

        var expanded = Updated(await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Read)));
        var reply = await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Reply), (NewsletterVerbs.ReplyInput, "Testing"));

        Assert.Contains("Paragraph 12", expanded.AllText(), StringComparison.Ordinal);
        Assert.Equal("text: This is a preview: nothing was sent or counted.", Assert.Single(reply).Describe());
        Assert.Equal(new NewsletterEngagement(0, 0, 0), await chat.Newsletters.EngagementAsync(1, default));
    }

    [Fact]
    public async Task AReplyReachesTheStaffChannelAndTheAnswerReachesTheMember()
    {
        using var chat = await StartAsync();
        await chat.SendsAsync(Sam);
        var copy = chat.NewsletterOf(Chloe);
        chat.Notifier.Sent.Clear();

        var said = await chat.PressesAsync(Chloe, copy.Button(NewsletterVerbs.Reply), (NewsletterVerbs.ReplyInput, "Et le japonais ?"));
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("votre réponse a été transmise", Assert.Single(said).Shown(), StringComparison.Ordinal);
        var ticket = Assert.IsType<CardReply>(Assert.Single(chat.DeliveredToChannel())).Card;
        Assert.Contains("NL1-R1: reply to \"PATENTSCOPE news\"", ticket.AllText(), StringComparison.Ordinal);
        Assert.Contains("Et le japonais ?", ticket.AllText(), StringComparison.Ordinal);

        chat.Conversation = ConversationKind.Channel;
        await chat.PressesAsync(Kim, ticket.Button(NewsletterVerbs.Answer), (NewsletterVerbs.AnswerInput, "Japanese comes in March."));
        await chat.PressesAsync(Lee, ticket.Button(NewsletterVerbs.Answer), (NewsletterVerbs.AnswerInput, "A second answer."));
        chat.Conversation = ConversationKind.Personal;
        await chat.Deliveries.DeliverAsync();

        var answer = Assert.Single(chat.DeliveredTo(Chloe)).Shown();
        Assert.Contains("L'équipe de l'OMPI a répondu à votre message sur « PATENTSCOPE news »", answer, StringComparison.Ordinal);
        Assert.Contains("Japanese comes in March.", answer, StringComparison.Ordinal);
        var updated = Assert.IsType<CardUpdate>(chat.DeliveredToChannel()[^1]).Card.AllText();
        Assert.Contains("Answered by Kim Staff", updated, StringComparison.Ordinal);
        Assert.Equal(1, (await chat.Newsletters.EngagementAsync(1, default)).Replies);
    }

    [Fact]
    public async Task RepliesSentBeforeAnyStaffChannelArePostedWhenStaffSetOne()
    {
        using var chat = RoundTableChat.Start();
        await chat.SendsAsync(Sam);
        await chat.PressesAsync(Ada, chat.NewsletterOf(Ada).Button(NewsletterVerbs.Reply), (NewsletterVerbs.ReplyInput, "When does Japanese come?"));
        await chat.Deliveries.DeliverAsync();
        Assert.Empty(chat.DeliveredToChannel());

        chat.Conversation = ConversationKind.Channel;
        chat.Channel = RoundTableChat.TeamChannel(new RosterEntry(ChatHarness.StaffObjectId, "Sam Staff"));
        var said = await chat.SaysAsync(Sam, "use this channel for questions");
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("The unanswered reply to a newsletter follows.", said.Shown(), StringComparison.Ordinal);
        Assert.Contains("When does Japanese come?", Assert.IsType<CardReply>(Assert.Single(chat.DeliveredToChannel())).Card.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextTypedAfterANewsletterIsNotAReply()
    {
        using var chat = await StartAsync();
        await chat.SendsAsync(Sam);
        chat.Notifier.Sent.Clear();

        await chat.SaysAsync(Ada, "thanks, great news about Korean");
        await chat.Deliveries.DeliverAsync();

        Assert.Empty(chat.DeliveredToChannel());
        Assert.Equal(0, (await chat.Newsletters.EngagementAsync(1, default)).Replies);
    }

    [Fact]
    public async Task BadPressesGetAClearWordAndChangeNothing()
    {
        using var chat = await StartAsync();
        await chat.SendsAsync(Sam);
        var reply = chat.NewsletterOf(Ada).Button(NewsletterVerbs.Reply);

        var empty = await chat.PressesAsync(Ada, reply, (NewsletterVerbs.ReplyInput, "  "));
        var unknown = await chat.PressesAsync(Ada, NewsletterVerbs.Read, (NewsletterVerbs.NumberKey, "99"));
        var garbage = await chat.PressesAsync(Ada, NewsletterVerbs.Helpful, (NewsletterVerbs.NumberKey, "-1x"));

        Assert.Equal("text: Write your reply (up to 2,000 characters).", Assert.Single(empty).Describe());
        Assert.StartsWith("text: That newsletter is no longer available.", Assert.Single(unknown).Describe(), StringComparison.Ordinal);
        Assert.StartsWith("text: That newsletter is no longer available.", Assert.Single(garbage).Describe(), StringComparison.Ordinal);
        Assert.Equal(new NewsletterEngagement(0, 0, 0), await chat.Newsletters.EngagementAsync(1, default));
    }

    private static async Task<AdaptiveCard> OpenAsync(ChatHarness chat)
    {
        var list = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "newsletters"))).Card;
        return Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(Sam, list.Button(NewsletterVerbs.Open)))).Card;
    }
}
