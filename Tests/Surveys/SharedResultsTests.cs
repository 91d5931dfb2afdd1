using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>Members who answered see the results staff share ("shareResults": no, afterClose, live), as a card in their language.</summary>
public sealed class SharedResultsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static (string, string)[] Answers(string product = "1", string contact = "yes") =>
    [
        (FormVerbs.InputId("product"), product),
        (FormVerbs.InputId("satisfaction"), "4"),
        (FormVerbs.InputId("improve"), "A secret wish"),
        (FormVerbs.InputId("searches"), "12"),
        (FormVerbs.InputId("contact"), contact),
    ];

    private static async Task<ChatHarness> SharedAsync(SurveySharing sharing, int minimum = 2, bool anonymous = false, IReadOnlyList<string>? audience = null)
    {
        var chat = new ChatHarness(services => services.Configure<SurveyOptions>(o => o.GroupMinimum = minimum)).WithKnownPeople();
        var survey = await chat.OpenSampleAsync(anonymous, audience: audience);
        await chat.Surveys.SaveAsync(survey with { ShareResults = sharing }, default);
        return chat;
    }

    private static Task<IReadOnlyList<Reply>> SeeResultsAsync(ChatHarness chat, Member member, string surveyId = SampleSurvey.Id) =>
        chat.PressesAsync(member, SurveyVerbs.SeeResults, (SurveyVerbs.SurveyKey, surveyId));

    private static SubmitAction? Button(Reply reply, string title) => reply switch
    {
        CardReply c => c.Card.Buttons().FirstOrDefault(b => b.Title == title),
        CardUpdate u => u.Card.Buttons().FirstOrDefault(b => b.Title == title),
        _ => null,
    };

    [Theory]
    [InlineData(SurveySharing.No, SurveyStatus.Open, false, false)]
    [InlineData(SurveySharing.No, SurveyStatus.Closed, false, false)]
    [InlineData(SurveySharing.AfterClose, SurveyStatus.Draft, false, false)]
    [InlineData(SurveySharing.AfterClose, SurveyStatus.Open, false, false)]
    [InlineData(SurveySharing.AfterClose, SurveyStatus.Open, true, true)]
    [InlineData(SurveySharing.AfterClose, SurveyStatus.Closed, false, true)]
    [InlineData(SurveySharing.Live, SurveyStatus.Draft, false, false)]
    [InlineData(SurveySharing.Live, SurveyStatus.Open, false, true)]
    [InlineData(SurveySharing.Live, SurveyStatus.Closed, false, true)]
    public void TheResultsAreSharedLiveFromTheOpeningOrOnceTheSurveyHasClosed(SurveySharing sharing, SurveyStatus status, bool deadlinePassed, bool shared)
    {
        var survey = new Survey("s", "S", "", [new FormField("q", "Q?", FieldType.YesNo)], false, [], deadlinePassed ? Now.AddMinutes(-1) : Now.AddDays(1), "sam", Now)
        {
            Status = status,
            ShareResults = sharing,
        };

        Assert.Equal(shared, SharedResults.Now(survey, Now));
        Assert.Equal(shared, SharedResults.For(survey, Ada, [], complete: true, Now));
        Assert.False(SharedResults.For(survey, Ada, [], complete: false, Now));
    }

    [Fact]
    public async Task ALiveSurveyOffersItsResultsOnTheFinishCardAndUnderMySurveys()
    {
        using var chat = await SharedAsync(SurveySharing.Live);

        var finished = Assert.IsType<CardUpdate>(Assert.Single(await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, Answers())));
        var seeResults = Button(finished, "See results");
        Assert.NotNull(seeResults);
        Assert.Contains(English.Recorded, finished.Card.AllText(), StringComparison.Ordinal);
        Assert.Equal("The results of \"User feedback\" will be shown once at least 2 members have answered, so that no one's answers can be worked out from them.",
            (await chat.PressesAsync(Ada, seeResults!)).Shown());

        await chat.PressesFormAsync(Bob, FormVerbs.SubmitAll, Answers(product: "1", contact: "no"));
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(Ada, seeResults!))).Card;

        var shown = card.AllText();
        Assert.Equal("Results: User feedback", card.Heading());
        Assert.Contains("2 members answered. The survey is still open, so these results can change.", shown, StringComparison.Ordinal);
        Assert.Contains("1. Which product do you use most?\n2 answered\nPATENTSCOPE\n" + new string('█', 20) + "\n2 (100%)", shown, StringComparison.Ordinal);
        Assert.Contains("2 answered · average 4.0 / 5", shown, StringComparison.Ordinal);
        Assert.Contains("Yes\n" + new string('█', 10) + "\n1 (50%)", shown, StringComparison.Ordinal);
        Assert.Contains("Only questions with choices are shown", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("A secret wish", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("searches", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", shown, StringComparison.Ordinal);

        var mine = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "my surveys")));
        Assert.NotNull(Button(mine, "See results"));
    }

    [Fact]
    public async Task ResultsSharedAfterCloseAreAnnouncedOnTheFinishCardAndOfferedOnceTheSurveyCloses()
    {
        using var chat = await SharedAsync(SurveySharing.AfterClose);
        var finished = Assert.Single(await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, Answers()));
        await chat.PressesFormAsync(Bob, FormVerbs.SubmitAll, Answers());

        Assert.Null(Button(finished, "See results"));
        Assert.Contains("The results will be shared with you once the survey closes: look under **my surveys** then.", finished.Shown(), StringComparison.Ordinal);
        Assert.Null(Button(Assert.Single(await chat.SaysAsync(Ada, "my surveys")), "See results"));
        Assert.Equal("The results of \"User feedback\" will be shared once the survey closes: look under **my surveys** then.", (await SeeResultsAsync(chat, Ada)).Shown());

        await chat.Get<SurveyCampaigns>().CloseAsync((await chat.Surveys.FindAsync(SampleSurvey.Id, default))!, default);

        var mine = Assert.Single(await chat.SaysAsync(Ada, "my surveys"));
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(Ada, Button(mine, "See results")!))).Card;
        Assert.Contains("2 members answered. The survey has closed: these are its final results.", card.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MembersWhoDidNotAnswerOrAreNotInTheAudienceAreToldWhyNot()
    {
        using var live = await SharedAsync(SurveySharing.Live, audience: ["PIUG"]);
        Assert.Equal("The results of \"User feedback\" are shared with the members who answered it: answer it first, under **my surveys**.",
            (await SeeResultsAsync(live, Ada)).Shown());
        await live.PressesFormAsync(Ada, FormVerbs.Answer, (FormVerbs.FieldKey, "product"), (FormVerbs.ValueKey, "1"));
        Assert.StartsWith("The results of \"User feedback\" are shared with the members who answered it", (await SeeResultsAsync(live, Ada)).Shown(), StringComparison.Ordinal);
        Assert.Equal("The survey \"User feedback\" is for members of PIUG.", (await SeeResultsAsync(live, Bob)).Shown());
        Assert.Equal("I can't find that survey.", (await SeeResultsAsync(live, Ada, "no-such-survey")).Shown());

        await live.Get<SurveyCampaigns>().CloseAsync((await live.Surveys.FindAsync(SampleSurvey.Id, default))!, default);
        Assert.Equal("The results of \"User feedback\" are shared only with the members who answered it.", (await SeeResultsAsync(live, Ada)).Shown());

        using var notShared = await SharedAsync(SurveySharing.No);
        var finished = Assert.Single(await notShared.PressesFormAsync(Ada, FormVerbs.SubmitAll, Answers()));
        Assert.Null(Button(finished, "See results"));
        Assert.DoesNotContain("shared", finished.Shown(), StringComparison.Ordinal);
        Assert.Equal("The results of \"User feedback\" are not shared with members.", (await SeeResultsAsync(notShared, Ada)).Shown());
    }

    [Fact]
    public async Task ADraftIsNotFoundByMembers()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.Surveys.SaveAsync(new Survey("draft-1", "Draft", "", [new FormField("q", "Q?", FieldType.YesNo)], false, [], null, "sam", Now)
        {
            ShareResults = SurveySharing.Live,
        }, default);

        Assert.Equal("I can't find that survey.", (await SeeResultsAsync(chat, Ada, "draft-1")).Shown());
    }

    [Fact]
    public async Task AnAnonymousSurveysResultsCountOnlyTheAnswersCounted()
    {
        using var chat = await SharedAsync(SurveySharing.Live, anonymous: true);
        await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, Answers());
        await chat.PressesFormAsync(Bob, FormVerbs.SubmitAll, Answers());

        Assert.StartsWith("The results of \"User feedback\" will be shown once at least 2 members have answered", (await SeeResultsAsync(chat, Ada)).Shown(),
            StringComparison.Ordinal);
        await chat.Surveys.FlushAnonymousAsync(SampleSurvey.Id, 2, default);

        Assert.Contains("2 members answered.", (await SeeResultsAsync(chat, Ada)).Shown(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "See results", "Results: User feedback", "2 members answered.", "Yes")]
    [InlineData("fr-FR", "Voir les résultats", "Résultats : User feedback", "2 membres ont répondu.", "Oui")]
    [InlineData("es-ES", "Ver los resultados", "Resultados: User feedback", "2 miembros respondieron.", "Sí")]
    [InlineData("de-DE", "Ergebnisse ansehen", "Ergebnisse: User feedback", "2 Mitglieder haben geantwortet.", "Ja")]
    public async Task TheMemberSeesTheResultsInTheirLanguage(string locale, string button, string heading, string respondents, string yes)
    {
        using var chat = await SharedAsync(SurveySharing.Live);
        var zoe = new Member(new MemberId("t1", "zoe"), "Zoé", Role.Member, locale, "PDG");
        chat.Members.Add(zoe);
        await chat.PressesFormAsync(Bob, FormVerbs.SubmitAll, Answers());

        var finished = Assert.Single(await chat.PressesFormAsync(zoe, FormVerbs.SubmitAll, Answers()));
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(zoe, Button(finished, button)!))).Card;

        Assert.Equal(heading, card.Heading());
        Assert.StartsWith(respondents, card.AllText().Split('\n')[1], StringComparison.Ordinal);
        Assert.Contains("\n" + yes + "\n", card.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongSurveysResultsComeInPartsThatReplaceTheCard()
    {
        using var chat = new ChatHarness(services => services.Configure<SurveyOptions>(o => o.GroupMinimum = 1)).WithKnownPeople();
        var questions = Enumerable.Range(1, 12).Select(i => new FormField($"q{i}", $"Question {i}?", FieldType.SingleChoice)
        {
            Choices = [.. Enumerable.Range(1, 10).Select(c => $"Choice {c}")],
        }).ToList();
        await chat.Surveys.SaveAsync(new Survey("long", "Long", "", questions, false, [], null, "sam", Now) { ShareResults = SurveySharing.Live }, default);
        await chat.Get<SurveyCampaigns>().OpenAsync((await chat.Surveys.FindAsync("long", default))!, default);
        await chat.PressesAsync(Ada, FormVerbs.SubmitAll, [(FormVerbs.KindKey, SurveyForms.FormKind), (FormVerbs.FormKey, "long"),
            .. questions.Select(q => (FormVerbs.InputId(q.Id), "2"))]);

        var first = Assert.IsType<CardReply>(Assert.Single(await SeeResultsAsync(chat, Ada, "long"))).Card;
        Assert.Contains("Questions 1–7 of 12", first.AllText(), StringComparison.Ordinal);
        var next = Assert.IsType<CardUpdate>(Assert.Single(await chat.PressesAsync(Ada, first.Buttons().Single(b => b.Title == "Next questions")))).Card;
        Assert.Contains("Questions 8–12 of 12", next.AllText(), StringComparison.Ordinal);
        Assert.Contains("Previous questions", next.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"afterClose\"", SurveySharing.AfterClose)]
    [InlineData("\"live\"", SurveySharing.Live)]
    [InlineData("\"LIVE\"", SurveySharing.Live)]
    [InlineData("\"no\"", SurveySharing.No)]
    public void TheDefinitionSaysWhetherResultsAreShared(string value, SurveySharing sharing)
    {
        var (survey, problems) = SurveyImport.Parse(Definition(value), "sam", Now, ["PDG"]);

        Assert.Empty(problems);
        Assert.Equal(sharing, survey!.ShareResults);
        Assert.Equal(SurveySharing.No, SurveyImport.Parse(Definition(null), "sam", Now, ["PDG"]).Survey!.ShareResults);
    }

    [Theory]
    [InlineData("\"sometimes\"", "Line 4, shareResults: \"sometimes\" is not a way to share results; use \"no\", \"afterClose\"")]
    [InlineData("true", "Line 4, shareResults: must be a text in quotes, not true.")]
    public void AWrongWayToShareIsAMistakeWithItsLine(string value, string problem)
    {
        var (survey, problems) = SurveyImport.Parse(Definition(value), "sam", Now, ["PDG"]);

        Assert.Null(survey);
        Assert.StartsWith(problem, Assert.Single(problems).ToString(), StringComparison.Ordinal);
    }

    private static string Definition(string? shareResults) => $$"""
        {
          "id": "shared",
          "title": "Shared",
          {{(shareResults is null ? "" : $"\"shareResults\": {shareResults},")}}
          "questions": [ { "text": "Yes?", "type": "yes-no" } ]
        }
        """;

    [Fact]
    public async Task StaffChooseSharingOnTheAuthoringCard()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        Assert.Contains("Show the results to the members who answered", (await chat.SaysAsync(Sam, "create survey")).Shown(), StringComparison.Ordinal);

        await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb, ("title", "Shared"), ("q1_text", "Yes?"), ("q1_type", "yes-no"),
            (SurveyAuthoringCard.ShareResultsInput, "afterClose"));

        Assert.Equal(SurveySharing.AfterClose, Assert.Single(await chat.Surveys.ListAsync(default)).ShareResults);
    }
}
