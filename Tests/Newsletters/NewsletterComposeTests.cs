using CollabBot.Cards.Model;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Newsletters;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Newsletters.NewsletterChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Newsletters;

public sealed class NewsletterComposeTests
{
    [Fact]
    public async Task StaffSaveADraftAndSeeItAsMembersWillWithHowManyItReaches()
    {
        using var chat = await StartAsync();

        var card = Updated(await chat.ComposesAsync(Sam, Inputs(more: [(NewsletterVerbs.TitleInput("fr"), "Nouvelles de PATENTSCOPE"),
            (NewsletterVerbs.BodyInput("fr"), "WIPO Translate couvre désormais le **coréen**.")])));

        var text = card.AllText();
        Assert.StartsWith("NL1: PATENTSCOPE news", card.Heading(), StringComparison.Ordinal);
        Assert.Contains("Draft", text, StringComparison.Ordinal);
        Assert.Contains("WIPO Translate now covers **Korean**.", text, StringComparison.Ordinal);
        Assert.Contains("It will reach **8** people.", text, StringComparison.Ordinal);
        var french = Updated(await chat.PressesAsync(Sam, card.Button(NewsletterVerbs.Preview)));
        Assert.Contains("Nouvelles de PATENTSCOPE", french.AllText(), StringComparison.Ordinal);
        Assert.Contains("Utile", french.AllText(), StringComparison.Ordinal);
        Assert.Equal(NewsletterStatus.Draft, (await chat.Newsletters.FindAsync(1, default))!.Status);
        Assert.Empty(chat.Deliveries.Requested);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { NewsletterVerbs.ImageInput, "http://www.wipo.int/logo.png", "The image must be an https address" },
        { NewsletterVerbs.BodyInput("en"), " ", "The English version needs a title and a text." },
        { NewsletterVerbs.TitleInput("fr"), "Nouvelles", "The French version needs both a title and a text" },
        { NewsletterVerbs.LinkUrlInput(1), "javascript:alert(1)", "Button 1 needs a title (up to 40 characters) and an https address." },
        { NewsletterVerbs.BodyInput("en"), new string('x', ComposeCard.MaxBody + 1), "The English version is too long" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task WhatCannotBeSentIsRefusedWithWhyAndWhatWasTypedIsKept(string input, string value, string why)
    {
        using var chat = await StartAsync();

        var replies = await chat.ComposesAsync(Sam, Inputs(more: [(input, value), (NewsletterVerbs.LinkTitleInput(1), "Notes")]));

        var composer = Updated(replies);
        Assert.Contains(why, composer.AllText(), StringComparison.Ordinal);
        Assert.Contains(composer.Body.OfType<TextInput>(), i => i.Id == NewsletterVerbs.TitleInput("en") && i.Value == "PATENTSCOPE news");
        Assert.Empty(await chat.Newsletters.ListAsync(default));
    }

    [Fact]
    public async Task ABodyThatWouldMakeTooBigACardForTeamsIsRefused()
    {
        using var chat = await StartAsync();
        // Short headings make the most card for their characters: each is an element of its own.
        var body = string.Concat(Enumerable.Repeat("# a\n\n", ComposeCard.MaxBody / 5));

        var composer = Updated(await chat.ComposesAsync(Sam, Inputs(body: body.Trim())));

        Assert.Contains("and Teams takes at most 40,000: shorten its text.", composer.AllText(), StringComparison.Ordinal);
        Assert.Empty(await chat.Newsletters.ListAsync(default));
    }

    [Fact]
    public async Task MembersCanNeitherComposeNorSendAndTheirPressChangesNothing()
    {
        using var chat = await StartAsync();
        var draft = Updated(await chat.ComposesAsync(Sam, Inputs()));

        Assert.Equal(["text: " + English.StaffOnly], (await chat.SaysAsync(Ada, "new newsletter")).Select(r => r.Describe()));
        Assert.Equal(["text: " + English.StaffOnly], (await chat.PressesAsync(Ada, draft.Button(NewsletterVerbs.SendNow))).Select(r => r.Describe()));
        Assert.Equal(["text: " + English.StaffOnly],
            (await chat.PressesAsync(Ada, draft.Button(NewsletterVerbs.Edit))).Select(r => r.Describe()));

        Assert.Equal(NewsletterStatus.Draft, (await chat.Newsletters.FindAsync(1, default))!.Status);
        Assert.Empty(chat.Deliveries.Requested);
    }

    [Fact]
    public async Task TheAudienceIsChosenOnThePreviewAndTheCountFollows()
    {
        using var chat = await StartAsync();
        var draft = Updated(await chat.ComposesAsync(Sam, Inputs()));

        var groups = Updated(await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Audience), (NewsletterVerbs.AudienceInput, "groups"),
            (NewsletterVerbs.GroupsInput, "PIUG,PDG")));
        var staff = Updated(await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Audience), (NewsletterVerbs.AudienceInput, "staff")));
        var none = Updated(await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Audience), (NewsletterVerbs.AudienceInput, "groups")));

        Assert.Contains("It will reach **2** people.", groups.AllText(), StringComparison.Ordinal);
        Assert.Contains("It will reach **3** people.", staff.AllText(), StringComparison.Ordinal);
        Assert.Contains("Choose at least one user group.", none.AllText(), StringComparison.Ordinal);
        Assert.Equal(NewsletterAudienceKind.Staff, (await chat.Newsletters.FindAsync(1, default))!.AudienceKind);
    }

    [Fact]
    public async Task StaffListDraftsAndSentOnesMembersOnlySentOnes()
    {
        using var chat = await StartAsync();
        await chat.SendsAsync(Sam, Inputs(title: "Sent one"));
        await chat.ComposesAsync(Sam, Inputs(title: "Still a draft"));

        var staffList = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "newsletters"))).Card.AllText();
        var memberList = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Chloe, "lettres d'information"))).Card.AllText();

        Assert.Contains("NL2: Still a draft", staffList, StringComparison.Ordinal);
        Assert.Contains("NL1: Sent one", staffList, StringComparison.Ordinal);
        Assert.Contains("Sent one", memberList, StringComparison.Ordinal);
        Assert.DoesNotContain("Still a draft", memberList, StringComparison.Ordinal);
        Assert.Contains("Lettres d'information", memberList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADuplicateIsANewDraftWithTheSameWords()
    {
        using var chat = await StartAsync();
        var sent = await chat.SendsAsync(Sam, Inputs(title: "Yearly survey"));

        var copy = Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(Sam, sent.Button(NewsletterVerbs.Duplicate)))).Card;

        Assert.Contains("A copy of NL1, saved as the draft NL2.", copy.AllText(), StringComparison.Ordinal);
        var duplicate = (await chat.Newsletters.FindAsync(2, default))!;
        Assert.Equal((NewsletterStatus.Draft, "Yearly survey"), (duplicate.Status, duplicate.Title));
    }
}
