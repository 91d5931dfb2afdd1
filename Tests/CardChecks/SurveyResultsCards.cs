using CollabBot.Cards.Model;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.CardChecks;

/// <summary>
/// The survey results cards for <see cref="CardCatalog"/>: what a member who answered sees in each language, and the staff
/// results by user group (side by side, filtered to a group, a group withheld).
/// </summary>
public static class SurveyResultsCards
{
    private static readonly DateTimeOffset AsOf = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<(string Name, AdaptiveCard Card)> Member(string language)
    {
        var labels = Texts.In(language, () => SurveyResultsTexts.Labels(Texts.Of<SurveyResultsTexts>()));
        var yes = Texts.In<SurveyResultsTexts>(language, "Yes");
        var no = Texts.In<SurveyResultsTexts>(language, "No");
        MemberQuestionResult[] questions =
        [
            new(1, "Which product do you use most? \"quoted\" <b>", 7, [new("PATENTSCOPE", 5, 5 / 7.0), new("Global Brand Database", 2, 2 / 7.0), new("WIPO Inspire", 0, 0)]),
            new(2, "How satisfied are you?", 7, [.. Enumerable.Range(1, 5).Reverse().Select(n => new TallyRow($"{n} ★", n == 4 ? 7 : 0, n == 4 ? 1 : 0))], "4.0"),
            new(5, "May we contact you?", 6, [new(yes, 4, 4 / 6.0), new(no, 2, 2 / 6.0)]),
        ];
        yield return ("survey-member-results-live", MemberResultsCard.Build(new MemberResultsView("s1", "User feedback", 7, false, questions, true, 5), labels));
        yield return ("survey-member-results-final-part", MemberResultsCard.Build(new MemberResultsView("s1", "User feedback", 40, true, questions[1..], false, 60)
        {
            Part = 1,
            Parts = 3,
        }, labels));
        yield return ("survey-member-results-no-choices", MemberResultsCard.Build(new MemberResultsView("s1", "Open questions", 9, true, [], true, 3), labels));
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> Staff()
    {
        (string, string)[] choices = [("CEPIUG (with AFPIC)", "CEPIUG"), ("PDG", "PDG"), ("PIUG", "PIUG"), ("AFPIC (CEPIUG)", "AFPIC"), ("AIDB", "AIDB"), ("Other", "Other")];
        GroupColumn[] columns =
        [
            new("CEPIUG", 12, ["CEPIUG"]), new("PDG", 7, ["PDG"]), new("AFPIC (CEPIUG)", 5, ["AFPIC"]), new("PIUG \"quoted\" <b>", 6, ["PIUG"]),
            new(SurveyGroups.NoGroup, 5, [SurveyGroups.NoGroup]), new(SurveyGroups.OtherGroups, 6, ["AIDB", "Other"]),
        ];
        GroupRow Row(string label, params int[] counts) => new(label, [.. counts.Select((c, i) => new GroupCell(c, columns[i].Respondents))]);
        GroupQuestion[] questions =
        [
            new(1, "Which product do you use most?", [new("Answered", [.. columns.Select(c => new GroupCell(0, 0, c.Respondents.ToString(System.Globalization.CultureInfo.InvariantCulture)))]),
                Row("PATENTSCOPE", 8, 5, 3, 2, 1, 4), Row("Global Brand Database", 4, 2, 2, 4, 4, 2)]),
            new(4, "Searches per week?", [new("Average", [.. columns.Select((_, i) => new GroupCell(0, 0, i == 3 ? "–" : "12.5"))])]),
        ];
        var view = new ResultsView("s1", "User feedback", "Open until 2026-12-31 17:00 UTC", true, 60, 41, 2, [], AsOf: AsOf) { GroupChoices = choices };
        yield return ("survey-results-by-group", ResultsCard.Build(view with
        {
            ByGroup = new GroupBreakdown(columns, ["AIDB: fewer than 5 respondents, not shown on its own (counted in \"Other groups\")."], questions),
            Parts = 2,
            QuestionCount = 9,
        }));
        yield return ("survey-results-by-group-none", ResultsCard.Build(view with
        {
            ByGroup = new GroupBreakdown([], ["PDG: fewer than 5 respondents, not shown.", "PIUG: fewer than 5 respondents, not shown."], []),
        }));
        yield return ("survey-results-group-filter", ResultsCard.Build(new ResultsView("s1", "User feedback", "Closed 2026-12-01 17:00 UTC", false, 17, 15, 2,
            [new(1, "Which product?", 15, [new("PATENTSCOPE", 10, 10 / 15.0), new("WIPO Inspire", 5, 5 / 15.0)], null, []),
             new(2, "One wish?", 12, [], null, ["Faster \"exports\" <b>"], 12)], 0, 3, AsOf)
        {
            Group = "CEPIUG (with AFPIC)",
            GroupValue = "CEPIUG",
            GroupChoices = choices,
        }));
        yield return ("survey-results-group-withheld", ResultsCard.Build(view with
        {
            Group = "PIUG",
            GroupValue = "PIUG",
            GroupWithheld = "PIUG: fewer than 5 respondents, not shown.",
        }));
    }
}
