using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;
using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Nominations;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Nominations.NominationChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Nominations;

/// <summary>
/// Members filling in the nominate form, as conversation tables: each line is what Ada types and what she must see
/// ("!text": text absent). The harness's clock reads 2026-11-25 10:00 UTC, so a speaker's event must be on 26 November or later.
/// </summary>
public sealed class NominationFormTests
{
    public static TheoryData<string, string[]> Scripts => new()
    {
        { "TheExpertFormAsksEachQuestionInTurnThenForTheNomineesAgreement", [
            "nominate expert => **Nominate an expert for a WIPO project**|question 1 of 8|The nominee's name|!Which training?",
            "Grace Hopper => question 2 of 8|Their organisation",
            "US Navy => question 3 of 8|Their e-mail address",
            "grace@example.org => question 4 of 8|Their expertise|Sequence searching|Machine translation",
            "3, 4 => question 5 of 8|Any other expertise (optional)|Skip",
            "skip => question 6 of 8|The languages they work in|German",
            "English => question 7 of 8|Their availability",
            "Remote only => question 8 of 8|Why do you propose them?",
            "She wrote the first compiler. => your nomination **N1** is recorded|did Grace Hopper agree to be nominated?|Yes, they agreed|Withdraw it",
        ] },
        { "TheTrainerFormFirstAsksWhichProgramme", [
            "nominate trainer => **Nominate a trainer**|question 1 of 9|Which training?|WIPO Academy|TISC (Technology and Innovation Support Centers)|WIPO database training",
            "2 => question 2 of 9|The nominee's name",
            "Grace Hopper => question 3 of 9|Their organisation",
            "US Navy => question 4 of 9|Their e-mail address",
            "grace@example.org => question 5 of 9|Their expertise",
            "1 => question 6 of 9|Any other expertise (optional)",
            "COBOL => question 7 of 9|The languages they work in",
            "1 => question 8 of 9|Their availability",
            "Two weeks a year => question 9 of 9|Why do you propose them?",
            "A born teacher. => **N1** is recorded|did Grace Hopper agree to be nominated?",
        ] },
        { "TheSpeakerRequestAsksAboutTheEventAndGoesStraightToStaff", [
            "nominate speaker => **Ask for a WIPO expert to speak at your event**|question 1 of 7|The name of your event|!The nominee's name",
            "PIUG Annual Conference => question 2 of 7|Its date",
            "2027-05-04 => question 3 of 7|Where: a city, or online",
            "Alexandria, VA => question 4 of 7|Who will attend, and how many?",
            "About 200 patent searchers => question 5 of 7|What should the expert speak about?",
            "2 => question 6 of 7|In which language?",
            "1 => question 7 of 7|Anything else WIPO should know (optional)",
            "skip => **N1** is with WIPO staff|!agree to be nominated",
        ] },
        { "AnInvalidEmailIsAskedAgainWithAnExample", [
            "nominate expert => question 1 of 8",
            "Grace Hopper => question 2 of 8",
            "US Navy => question 3 of 8",
            "grace at example dot org => Type an e-mail address like name@example.org|!question 4 of 8",
            "grace@example => Type an e-mail address like name@example.org|!question 4 of 8",
            "grace@example.org => question 4 of 8",
        ] },
        { "ASpeakerEventTodayOrInThePastIsRefusedAndAFutureOneAccepted", [
            "nominate speaker => question 1 of 7",
            "PIUG Annual Conference => question 2 of 7|Its date",
            "2026-11-25 => Choose a date on or after 2026-11-26.|!question 3 of 7",
            "2026-03-01 => Choose a date on or after 2026-11-26.|!question 3 of 7",
            "2026-11-26 => question 3 of 7|Where: a city, or online",
        ] },
        { "BackAsksThePreviousQuestionAgainWithTheAnswerSoFar", [
            "nominate expert => question 1 of 8",
            "Grace Hopper => question 2 of 8",
            "back => question 1 of 8|The nominee's name|Your answer so far: Grace Hopper",
            "Grace Brewster Hopper => question 2 of 8|Their organisation",
        ] },
        { "CancelStopsAndNothingIsRecorded", [
            "nominate expert => question 1 of 8",
            "Grace Hopper => question 2 of 8",
            "cancel => I've stopped \"Nominate an expert for a WIPO project\"|Type **nominate** to start again",
            "my nominations => My nominations|You haven't nominated anyone yet.",
        ] },
        { "NominateAloneOffersTheThreeKinds", [
            "nominate => Nominate\nWhat would you like to propose?|Expert for a WIPO project|Trainer|Speaker request|!question 1 of",
        ] },
        { "MyNominationsIsEmptyBeforeNominating", [
            "my nominations => My nominations|You haven't nominated anyone yet.|Nominate",
        ] },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Conversation(string name, string[] script)
    {
        using var chat = await StartAsync();
        var line = 0;
        foreach (var step in script)
        {
            line++;
            var (utterance, expected) = (step.Split(" => ", 2)[0], step.Split(" => ", 2)[1]);
            var shown = (await chat.SaysAsync(Ada, utterance)).Shown();
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
    public async Task TheChoicesAreKeptAsStaffReadThem()
    {
        using var chat = await StartAsync();

        await chat.NominatesAsync(Ada, "trainer", "3", "Grace Hopper", "US Navy", "Grace@Example.org", "1, 10", "COBOL", "English, Japanese", "Remote only",
            "A born teacher.");

        var d = (await chat.NominationAsync(1)).Details!;
        Assert.Equal(("WIPO database training", "Grace Hopper", "US Navy", "grace@example.org"), (d.Programme, d.NomineeName, d.Organisation, d.Email));
        Assert.Equal(["Patent databases", "Designs and trademarks", "COBOL"], d.Expertise);
        Assert.Equal(("English, Japanese", "Remote only", "A born teacher."), (d.Languages, d.Availability, d.Motivation));
        Assert.Equal(NominationKind.Trainer, (await chat.NominationAsync(1)).Kind);
    }

    [Fact]
    public async Task ASpeakerRequestKeepsItsEventAndNeedsNoConsent()
    {
        using var chat = await StartAsync();

        await chat.NominatesAsync(Ada, "speaker", "PIUG Annual Conference", "4 May 2027", "online", "About 200 patent searchers", "2, 5", "1",
            "Ninety minutes, with questions.");
        await chat.Deliveries.DeliverAsync();

        var n = await chat.NominationAsync(1);
        Assert.Equal((NominationKind.Speaker, NominationStatus.UnderReview, (MemberId?)null), (n.Kind, n.Status, n.Nominee));
        Assert.Equal(("PIUG Annual Conference", new DateOnly(2027, 5, 4), "online", "About 200 patent searchers"),
            (n.Details!.Event, n.Details.EventDate, n.Details.Place, n.Details.Audience));
        Assert.Equal(["PATENTSCOPE", "Sequence searching"], n.Details.Expertise);
        var card = Assert.IsType<CardReply>(Assert.Single(chat.DeliveredToChannel())).Card.AllText();
        Assert.Contains("N1: Speaker request", card, StringComparison.Ordinal);
        Assert.Contains("Date\n2027-05-04", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Expert", "Nominate an expert for a WIPO project", 8)]
    [InlineData("Trainer", "Nominate a trainer", 9)]
    [InlineData("Speaker", "Ask for a WIPO expert to speak at your event", 7)]
    public async Task EachButtonOfTheKindCardStartsItsForm(string kind, string title, int questions)
    {
        using var chat = await StartAsync();
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "nominate"))).Card;
        Assert.Equal(["Expert", "Trainer", "Speaker"], card.Buttons().Select(b => b.Data[NominationVerbs.KindKey]));

        var shown = (await chat.PressesAsync(Ada, card.Buttons().Single(b => b.Data[NominationVerbs.KindKey] == kind))).Shown();

        Assert.Contains($"**{title}**", shown, StringComparison.Ordinal);
        Assert.Contains($"question 1 of {questions}", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nominate an expert", "Nominate an expert for a WIPO project")]
    [InlineData("nominate a trainer", "Nominate a trainer")]
    [InlineData("request a speaker", "Ask for a WIPO expert to speak at your event")]
    public async Task ACommandThatNamesTheKindStartsThatForm(string typed, string title)
    {
        using var chat = await StartAsync();

        var shown = (await chat.SaysAsync(Ada, typed)).Shown();

        Assert.Contains($"**{title}**", shown, StringComparison.Ordinal);
        Assert.Contains("question 1 of", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNominateButtonOfMyNominationsOffersTheThreeKinds()
    {
        using var chat = await StartAsync();
        var mine = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "my nominations"))).Card;

        var shown = (await chat.PressesAsync(Ada, Assert.Single(mine.Buttons()))).Shown();

        Assert.Contains(Texts.English<NominationTexts>("KindsIntro"), shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommandButtonThatNamesTheKindStartsThatForm()
    {
        using var chat = await StartAsync();

        var shown = (await chat.PressesAsync(Ada, CardVerb.Command("Nominate a trainer", NominateCommand.Name, "trainer"))).Shown();

        Assert.Contains("**Nominate a trainer**", shown, StringComparison.Ordinal);
        Assert.Contains("question 1 of 9", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoNominationsInARowAreTwoNominationsEachWithItsOwnAnswers()
    {
        using var chat = await StartAsync();

        await chat.NominatesAsync(Ada, "expert", ExpertAnswers("Grace Hopper", "grace@example.org"));
        await chat.NominatesAsync(Ada, "expert", ExpertAnswers("Alan Turing", "alan@example.org"));

        var all = await chat.Nominations.ListAsync(default);
        Assert.Equal(["Grace Hopper", "Alan Turing"], all.Select(n => n.Details!.NomineeName));
    }

    [Fact]
    public async Task AStaleButtonOfACompletedFormRecordsNoSecondNomination()
    {
        using var chat = await StartAsync();
        IReadOnlyList<Reply> asked = [];
        foreach (var answer in (string[])["nominate speaker", "PIUG Annual Conference", "2027-05-04", "online", "About 200 patent searchers", "2", "1"])
        {
            asked = await chat.SaysAsync(Ada, answer);
        }
        var last = Assert.IsType<CardReply>(asked[^1]).Card;
        var skip = last.Buttons().Single(b => b.Data[CardVerb.Key] == FormVerbs.Control && b.Data[FormVerbs.ControlKey] == "skip");

        var first = (await chat.PressesAsync(Ada, skip)).Shown();
        var again = (await chat.PressesAsync(Ada, skip)).Shown();
        await chat.Deliveries.DeliverAsync();

        Assert.Contains(Texts.English<NominationTexts>("WithStaff", "N1"), first, StringComparison.Ordinal);
        Assert.Equal(Texts.English<NominationTexts>("DraftGone"), again);
        Assert.Single(await chat.Nominations.ListAsync(default));
        Assert.Single(chat.DeliveredToChannel());
    }

    [Fact]
    public async Task AnAnswerButtonPressedTwiceRecordsItOnce()
    {
        using var chat = await StartAsync();
        var programme = Assert.IsType<CardReply>((await chat.SaysAsync(Ada, "nominate trainer"))[^1]).Card;
        var tisc = programme.Buttons().Single(b => b.Data.GetValueOrDefault(FormVerbs.ValueKey) == "2");

        var first = (await chat.PressesAsync(Ada, tisc)).Shown();
        var again = await chat.PressesAsync(Ada, tisc);

        Assert.Contains("question 2 of 9", first, StringComparison.Ordinal);
        Assert.Empty(again);
        Assert.Contains("question 3 of 9", (await chat.SaysAsync(Ada, "Grace Hopper")).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NominatingInAChannelIsRefusedPolitelyAndStartsNothing()
    {
        using var chat = await StartAsync();
        var kinds = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "nominate"))).Card;
        chat.Conversation = ConversationKind.Channel;
        chat.Channel = TeamChannel(new RosterEntry("ada", "Ada Lovelace"));

        var typed = await chat.SaysAsync(Ada, "nominate expert");
        var pressed = await chat.PressesAsync(Ada, kinds.Buttons().First());

        var refusal = Texts.English<NominationTexts>("NominateInPersonalChat");
        Assert.Equal(["text: " + refusal], typed.Select(r => r.Describe()));
        Assert.Equal(["text: " + refusal], pressed.Select(r => r.Describe()));
        chat.Conversation = ConversationKind.Personal;
        Assert.DoesNotContain("question 2 of", (await chat.SaysAsync(Ada, "Grace Hopper")).Shown(), StringComparison.Ordinal);
        Assert.Empty(await chat.Nominations.ListAsync(default));
    }

    [Fact]
    public async Task AFrenchMemberIsAskedInFrenchAndTheChoicesAreKeptInEnglish()
    {
        using var chat = await StartAsync();
        string T(string key, params object[] args) => Texts.In<NominationTexts>("fr", key, args);

        var kinds = (await chat.SaysAsync(Chloe, "proposer")).Shown();
        var first = (await chat.SaysAsync(Chloe, "proposer expert")).Shown();
        var expertise = (await chat.SaysAsync(Chloe, "Grace Hopper")).Shown() + (await chat.SaysAsync(Chloe, "US Navy")).Shown()
            + (await chat.SaysAsync(Chloe, "grace@example.org")).Shown();
        foreach (var answer in (string[])["5, 6", "passer", "1, 2", "Deux semaines par an"])
        {
            await chat.SaysAsync(Chloe, answer);
        }
        var recorded = (await chat.SaysAsync(Chloe, "Elle a écrit le premier compilateur.")).Shown();

        Assert.Contains(T("KindsHeading"), kinds, StringComparison.Ordinal);
        Assert.Contains(T("KindExpert"), kinds, StringComparison.Ordinal);
        Assert.Contains(T("KindSpeaker"), kinds, StringComparison.Ordinal);
        Assert.Contains(T("FormTitleExpert"), first, StringComparison.Ordinal);
        Assert.Contains(T("FieldNominee"), first, StringComparison.Ordinal);
        Assert.Contains(T("FieldExpertise"), expertise, StringComparison.Ordinal);
        Assert.Contains(T("Expertise4"), expertise, StringComparison.Ordinal);
        Assert.Contains(T("RecordedAskConsent", "N1", "Grace Hopper"), recorded, StringComparison.Ordinal);
        Assert.Contains(T("ConfirmAgreed"), recorded, StringComparison.Ordinal);
        Assert.NotEqual(Texts.English<NominationTexts>("FormTitleExpert"), T("FormTitleExpert"));
        var d = (await chat.NominationAsync(1)).Details!;
        Assert.Equal(["Sequence searching", "Machine translation"], d.Expertise);
        Assert.Equal("English, French", d.Languages);
    }
}
