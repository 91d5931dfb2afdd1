using System.Globalization;
using System.Text;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace CollabBot.Tests.Surveys;

/// <summary>Results by user group: the tally per group, the filter (a group takes in its national groups) and, for anonymous surveys, the threshold.</summary>
public sealed class GroupResultsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The configured groups (CEPIUG, PDG, PIUG, AFPIC, AIDB, Other), AFPIC a national group of CEPIUG.</summary>
    private static readonly SurveyGroups Groups = new(Options.Create(new CollabOptions()),
        Options.Create(new ContributionOptions { ParentGroups = { ["AFPIC"] = "CEPIUG" } }));

    private static Survey Survey(bool anonymous) => new("s", "Feedback", "",
    [
        new FormField("product", "Which product?", FieldType.SingleChoice) { Choices = ["PATENTSCOPE", "Global Brand Database", "WIPO Inspire"] },
        new FormField("satisfaction", "How satisfied?", FieldType.Rating),
        new FormField("wish", "One wish?", FieldType.LongText, Required: false),
        new FormField("searches", "Searches per week?", FieldType.Number, Required: false),
        new FormField("recommend", "Would you recommend it?", FieldType.YesNo),
    ], anonymous, [], null, "sam", Now)
    { Status = SurveyStatus.Open, Invited = 40 };

    private static int counter;

    private static SurveyResponse R(string? group, string product = "PATENTSCOPE", string rating = "4", string wish = "", string searches = "", string recommend = "yes") =>
        new("s", $"r{Interlocked.Increment(ref counter)}", null, new Dictionary<string, string>
        {
            ["product"] = product,
            ["satisfaction"] = rating,
            ["wish"] = wish,
            ["searches"] = searches,
            ["recommend"] = recommend,
        }, true, Now)
        { UserGroup = group };

    private static IEnumerable<SurveyResponse> Many(string? group, int count) => Enumerable.Range(0, count).Select(i => R(group, wish: $"{group} wish {i}"));

    private static Task<ResultsView> ViewAsync(Survey survey, IEnumerable<SurveyResponse> responses, ResultsQuery query, int minimum = 5) =>
        GroupResults.BuildAsync(survey, responses.ToAsyncEnumerable(), query, Groups, minimum, Now, default);

    private static string[] Row(GroupBreakdown breakdown, int question, string label) =>
        [.. breakdown.Questions.Single(q => q.Number == question).Rows.Single(r => r.Label == label).Cells.Select(c => c.Text)];

    [Fact]
    public async Task EveryQuestionWithChoicesIsCountedPerGroupSideBySide()
    {
        SurveyResponse[] responses =
        [
            R("PDG", "PATENTSCOPE", "5", searches: "10"), R("PDG", "WIPO Inspire", "3", searches: "20", recommend: "no"),
            R("PIUG", "Global Brand Database", "4"), R("AFPIC", "PATENTSCOPE", "2"), R(null, "PATENTSCOPE", "1"),
        ];

        var view = await ViewAsync(Survey(anonymous: false), responses, new ResultsQuery(ByGroup: true));

        var breakdown = view.ByGroup!;
        Assert.Equal(["PDG", "PIUG", "AFPIC (CEPIUG)", SurveyGroups.NoGroup], breakdown.Columns.Select(c => c.Label));
        Assert.Equal([2, 1, 1, 1], breakdown.Columns.Select(c => c.Respondents));
        Assert.Empty(breakdown.Withheld);
        Assert.Equal(["2", "1", "1", "1"], Row(breakdown, 1, "Answered"));
        Assert.Equal(["1 (50%)", "0 (0%)", "1 (100%)", "1 (100%)"], Row(breakdown, 1, "PATENTSCOPE"));
        Assert.Equal(["1 (50%)", "0 (0%)", "0 (0%)", "0 (0%)"], Row(breakdown, 1, "WIPO Inspire"));
        Assert.Equal(["4.0", "4.0", "2.0", "1.0"], Row(breakdown, 2, "Average"));
        Assert.Equal(["15", "–", "–", "–"], Row(breakdown, 4, "Average"));
        Assert.Equal(["1 (50%)", "1 (100%)", "1 (100%)", "1 (100%)"], Row(breakdown, 5, "Yes"));
        Assert.DoesNotContain(breakdown.Questions, q => q.Number == 3); // free text is not broken down
        Assert.Equal(5, view.Complete);
        Assert.Empty(view.Questions);
    }

    [Fact]
    public async Task FilteringToAGroupTakesInItsNationalGroups()
    {
        SurveyResponse[] responses = [R("CEPIUG", wish: "from CEPIUG"), R("AFPIC", wish: "from AFPIC"), R("AFPIC"), R("PDG", wish: "from PDG")];
        var survey = Survey(anonymous: false);

        var cepiug = await ViewAsync(survey, responses, new ResultsQuery(Group: "CEPIUG"));
        var afpic = await ViewAsync(survey, responses, new ResultsQuery(Group: "AFPIC"));

        Assert.Equal((3, "CEPIUG (with AFPIC)", "CEPIUG"), (cepiug.Complete, cepiug.Group, cepiug.GroupValue));
        Assert.Equal(["from AFPIC", "from CEPIUG"], cepiug.Questions[2].Texts.Order());
        Assert.Equal((2, "AFPIC"), (afpic.Complete, afpic.Group));
        Assert.Equal(["from AFPIC"], afpic.Questions[2].Texts);
        var card = ResultsCard.Build(cepiug).AllText();
        Assert.Contains("3 from CEPIUG (with AFPIC)", card, StringComparison.Ordinal);
        Assert.Contains("Respondents of **CEPIUG (with AFPIC)** only.", card, StringComparison.Ordinal);
        Assert.Contains(("CEPIUG (with AFPIC)", "CEPIUG"), cepiug.GroupChoices);
    }

    [Fact]
    public async Task ANamedSurveyShowsEveryGroupHoweverSmall()
    {
        var view = await ViewAsync(Survey(anonymous: false), [R("PDG", wish: "mine"), .. Many("PIUG", 6)], new ResultsQuery(ByGroup: true));
        var pdg = await ViewAsync(Survey(anonymous: false), [R("PDG", wish: "mine"), .. Many("PIUG", 6)], new ResultsQuery(Group: "PDG"));

        Assert.Equal([("PDG", 1), ("PIUG", 6)], view.ByGroup!.Columns.Select(c => (c.Label, c.Respondents)));
        Assert.Empty(view.ByGroup.Withheld);
        Assert.Null(pdg.GroupWithheld);
        Assert.Equal(["mine"], pdg.Questions[2].Texts);
    }

    [Fact]
    public async Task InAnAnonymousSurveyAGroupOfFourIsHiddenAndAGroupOfFiveShown()
    {
        SurveyResponse[] responses = [.. Many("PDG", 5), .. Many("PIUG", 4), .. Many("CEPIUG", 3), .. Many(null, 2)];
        var survey = Survey(anonymous: true);

        var view = await ViewAsync(survey, responses, new ResultsQuery(ByGroup: true));
        var piug = await ViewAsync(survey, responses, new ResultsQuery(Group: "PIUG"));
        var pdg = await ViewAsync(survey, responses, new ResultsQuery(Group: "PDG"));

        Assert.Equal([("PDG", 5), (SurveyGroups.OtherGroups, 9)], view.ByGroup!.Columns.Select(c => (c.Label, c.Respondents)));
        Assert.Equal(["CEPIUG", "PIUG", SurveyGroups.NoGroup], view.ByGroup.Columns[1].Groups);
        Assert.Contains("PIUG: fewer than 5 respondents, not shown on its own (counted in \"Other groups\").", view.ByGroup.Withheld);
        Assert.Equal(3, view.ByGroup.Withheld.Count);
        Assert.Equal(["5", "9"], Row(view.ByGroup, 1, "Answered"));

        Assert.Equal("PIUG: fewer than 5 respondents, not shown.", piug.GroupWithheld);
        Assert.Empty(piug.Questions);
        Assert.Contains("PIUG: fewer than 5 respondents, not shown.", ResultsCard.Build(piug).AllText(), StringComparison.Ordinal);

        Assert.Null(pdg.GroupWithheld);
        Assert.Equal(5, pdg.Complete);
        Assert.Equal((0, GroupResults.TextsWithheld), (pdg.Questions[2].Texts.Count, pdg.Questions[2].Summary)); // free text can tell who wrote it
        Assert.DoesNotContain("PDG wish", ResultsCard.Build(pdg).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheThresholdIsConfigurable()
    {
        SurveyResponse[] responses = [.. Many("PDG", 5), .. Many("PIUG", 4), .. Many("CEPIUG", 4)];

        var view = await ViewAsync(Survey(anonymous: true), responses, new ResultsQuery(ByGroup: true), minimum: 4);

        Assert.Equal(["CEPIUG", "PDG", "PIUG"], view.ByGroup!.Columns.Select(c => c.Label));
        Assert.Empty(view.ByGroup.Withheld);
    }

    [Fact]
    public async Task ASmallGroupLeftAloneIsPooledWithTheSmallestShownSoThatTotalsDoNotGiveItAway()
    {
        // Shown apart, PDG (5) and the overall totals (9) would give PIUG's 4 answers by subtraction.
        SurveyResponse[] responses = [.. Many("PDG", 5), .. Many("PIUG", 4), .. Many("CEPIUG", 7)];
        var survey = Survey(anonymous: true);

        var view = await ViewAsync(survey, responses, new ResultsQuery(ByGroup: true));
        var pdg = await ViewAsync(survey, responses, new ResultsQuery(Group: "PDG"));

        Assert.Equal([("CEPIUG", 7), (SurveyGroups.OtherGroups, 9)], view.ByGroup!.Columns.Select(c => (c.Label, c.Respondents)));
        Assert.Equal(["PDG", "PIUG"], view.ByGroup.Columns[1].Groups);
        Assert.Contains(view.ByGroup.Withheld, w => w.StartsWith("PDG: counted in \"Other groups\"", StringComparison.Ordinal));
        Assert.StartsWith("PDG: counted in \"Other groups\"", pdg.GroupWithheld, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithFewerRespondentsInAllThanTheThresholdNoGroupIsShown()
    {
        var view = await ViewAsync(Survey(anonymous: true), [.. Many("PDG", 2), .. Many("PIUG", 2)], new ResultsQuery(ByGroup: true));

        Assert.Empty(view.ByGroup!.Columns);
        Assert.Equal(["PDG: fewer than 5 respondents, not shown.", "PIUG: fewer than 5 respondents, not shown."], view.ByGroup.Withheld);
        Assert.Contains("No group can be shown yet.", ResultsCard.Build(view).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousParentGroupIsRefusedWhenOneOfItsNationalGroupsIsTooSmall()
    {
        // CEPIUG with AFPIC, less CEPIUG's own column, would give AFPIC's 2 answers.
        SurveyResponse[] responses = [.. Many("CEPIUG", 5), .. Many("AFPIC", 2), .. Many("PDG", 5), .. Many("PIUG", 3), .. Many(null, 3)];
        var survey = Survey(anonymous: true);

        var cepiug = await ViewAsync(survey, responses, new ResultsQuery(Group: "CEPIUG"));
        var withEnough = await ViewAsync(survey, [.. responses, .. Many("AFPIC", 3)], new ResultsQuery(Group: "CEPIUG"));

        Assert.Equal("CEPIUG (with AFPIC): not shown, as AFPIC (fewer than 5 respondents) cannot be shown on its own.", cepiug.GroupWithheld);
        Assert.Null(withEnough.GroupWithheld);
        Assert.Equal(10, withEnough.Complete);
    }

    [Fact]
    public async Task TheBreakdownOfTheLargestSurveyStaysUnderTeamsCardSizeInEveryPart()
    {
        var groups = new SurveyGroups(Options.Create(new CollabOptions { UserGroups = [.. Enumerable.Range(1, 12).Select(i => $"Group number {i}")] }),
            Options.Create(new ContributionOptions()));
        var choices = Enumerable.Range(1, SurveyImport.MaxChoices).Select(i => $"A rather long choice label number {i}").ToList();
        var questions = Enumerable.Range(1, SurveyImport.MaxQuestions).Select(i =>
            new FormField($"q{i}", new string('Q', 500), FieldType.MultiChoice) { Choices = choices }).ToList();
        var survey = new Survey("big", "Big", "", questions, false, [], null, "sam", Now) { Status = SurveyStatus.Open };
        var responses = Enumerable.Range(1, 130).Select(r => new SurveyResponse("big", $"m:{r}", null,
            questions.ToDictionary(q => q.Id, _ => string.Join('\n', choices.Take(r % 20 + 1))), true, Now)
        { UserGroup = $"Group number {r % 13}" }).ToList();

        var first = await GroupResults.BuildAsync(survey, responses.ToAsyncEnumerable(), new ResultsQuery(ByGroup: true), groups, 5, Now, default);
        var seen = 0;
        for (var part = 0; part < first.Parts; part++)
        {
            var view = await GroupResults.BuildAsync(survey, responses.ToAsyncEnumerable(), new ResultsQuery(Part: part, ByGroup: true), groups, 5, Now, default);
            var bytes = Encoding.UTF8.GetByteCount(ResultsCard.Build(view).ToJson());
            Assert.True(bytes < 60_000, $"part {part}: {bytes.ToString(CultureInfo.InvariantCulture)} bytes");
            seen += view.ByGroup!.Questions.Count;
        }
        Assert.Equal(13, first.ByGroup!.Columns.Count);
        Assert.Equal(SurveyImport.MaxQuestions, seen);
    }

    [Fact]
    public async Task AMembersGroupIsRecordedWithTheirAnswersAndWithAnAnonymousOneWhenCounted()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync(anonymous: true);

        await chat.PressesFormAsync(KnownPeople.Ada, FormVerbs.OpenCard);
        await chat.PressesFormAsync(KnownPeople.Ada, FormVerbs.SubmitAll,
            (FormVerbs.InputId("product"), "1"), (FormVerbs.InputId("satisfaction"), "4"), (FormVerbs.InputId("contact"), "no"));
        Assert.Empty(chat.Surveys.Responses);
        await chat.Surveys.FlushAnonymousAsync(SampleSurvey.Id, 1, default);

        var counted = Assert.Single(chat.Surveys.Responses);
        Assert.Equal(("PIUG", (MemberId?)null), (counted.UserGroup, counted.Respondent));
    }
}
