using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>Two editions of a survey side by side: the choice questions both have, by id and type.</summary>
public sealed class YearOnYearTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Survey Last() => new("round-table-2025", "Round Table 2025", "",
    [
        new FormField("product", "Which product?", FieldType.SingleChoice) { Choices = ["PATENTSCOPE", "Global Brand Database", "WIPO Inspire"] },
        new FormField("satisfaction", "How satisfied?", FieldType.Rating),
        new FormField("contact", "May we contact you?", FieldType.YesNo),
        new FormField("wish", "One wish?", FieldType.ShortText, Required: false),
    ], false, [], null, "sam", Now.AddYears(-1))
    { Status = SurveyStatus.Closed, ClosedAt = Now.AddYears(-1) };

    private static Survey This() => new("round-table-2026", "Round Table 2026", "",
    [
        new FormField("product", "Which product do you use most?", FieldType.SingleChoice) { Choices = ["PATENTSCOPE", "Global Brand Database", "WIPO Lex"] },
        new FormField("satisfaction", "How satisfied?", FieldType.Rating),
        new FormField("contact", "May we contact you?", FieldType.SingleChoice) { Choices = ["By email", "No"] },
        new FormField("wish", "One wish?", FieldType.ShortText, Required: false),
        new FormField("webinar", "Did you attend a webinar?", FieldType.YesNo),
    ], false, [], null, "sam", Now)
    { Status = SurveyStatus.Open, OpenedAt = Now, PreviousEdition = "round-table-2025" };

    private static SurveyResponse Response(string survey, string who, string product, string rating, bool complete = true) =>
        new(survey, who, null, new Dictionary<string, string> { ["product"] = product, ["satisfaction"] = rating, ["wish"] = "More" }, complete, Now);

    private static IReadOnlyList<SurveyResponse> LastResponses() =>
    [
        Response("round-table-2025", "a", "PATENTSCOPE", "5"), Response("round-table-2025", "b", "PATENTSCOPE", "4"),
        Response("round-table-2025", "c", "Global Brand Database", "4"), Response("round-table-2025", "d", "WIPO Inspire", "3"),
    ];

    private static IReadOnlyList<SurveyResponse> TheseResponses() =>
    [
        Response("round-table-2026", "a", "PATENTSCOPE", "5"), Response("round-table-2026", "b", "WIPO Lex", "5"),
        Response("round-table-2026", "c", "PATENTSCOPE", "4", complete: false),
    ];

    [Fact]
    public async Task EachChoiceQuestionInBothEditionsShowsBothEditionsSharesWithTheirResponseCounts()
    {
        var view = await YearOnYear.BuildAsync(Last(), This(), LastResponses().ToAsyncEnumerable(), TheseResponses().ToAsyncEnumerable(), 0, Now, default);

        Assert.Equal((4, 2), (view.PreviousComplete, view.Complete));
        Assert.Equal([1, 2], view.Questions.Select(q => q.Number));
        var product = view.Questions[0];
        Assert.Equal(("Which product do you use most?", 4, 3), (product.Prompt, product.PreviousAnswered, product.Answered));
        Assert.Equal(
            ["PATENTSCOPE 2 0.5 2 0.67", "Global Brand Database 1 0.25 0 0", "WIPO Lex 0 0 1 0.33", "WIPO Inspire 1 0.25 0 0"],
            product.Rows.Select(r => FormattableString.Invariant($"{r.Label} {r.PreviousCount} {Math.Round(r.PreviousShare, 2)} {r.Count} {Math.Round(r.Share, 2)}")));
        Assert.Equal(["5 ★ 1 2", "4 ★ 2 1", "3 ★ 1 0", "2 ★ 0 0", "1 ★ 0 0"],
            view.Questions[1].Rows.Select(r => $"{r.Label} {r.PreviousCount} {r.Count}"));
        Assert.Equal([3, 5], view.NotCompared); // "contact" changed type; "webinar" is new; free text is not compared

        var card = YearOnYearCard.Build(view).AllText();
        Assert.Contains("Round Table 2025: 4 responses", card, StringComparison.Ordinal);
        Assert.Contains("Round Table 2026: 2 responses", card, StringComparison.Ordinal);
        Assert.Contains("50% (2)\n67% (2)\n+17 pts", card, StringComparison.Ordinal);
        Assert.Contains("Not in the last edition with the same id and type, so not compared: questions 3, 5.", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongSurveyIsComparedAPartAtATime()
    {
        FormField[] many = [.. Enumerable.Range(1, 30).Select(i => new FormField($"q{i}", $"Question {i}?", FieldType.SingleChoice)
            { Choices = [.. Enumerable.Range(1, 6).Select(c => $"Choice {c}")] })];
        var last = Last() with { Questions = many };
        var now = This() with { Questions = many };

        var first = await YearOnYear.BuildAsync(last, now, AsyncEnumerable.Empty<SurveyResponse>(), AsyncEnumerable.Empty<SurveyResponse>(), 0, Now, default);
        var second = await YearOnYear.BuildAsync(last, now, AsyncEnumerable.Empty<SurveyResponse>(), AsyncEnumerable.Empty<SurveyResponse>(), 1, Now, default);

        Assert.Equal(3, first.Parts);
        Assert.Equal(1, first.Questions[0].Number);
        Assert.Equal(first.Questions.Count + 1, second.Questions[0].Number);
        Assert.Contains("Next questions", YearOnYearCard.Build(first).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheResultsCardOffersTheComparisonAndStaffSeeIt()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.Surveys.SaveAsync(Last(), default);
        await chat.Surveys.SaveAsync(This(), default);
        foreach (var response in LastResponses())
        {
            await chat.Surveys.SaveAnswersAsync(Last(), response.RespondentKey, null, null, response.Answers, response.Complete, Now, default);
        }
        foreach (var response in TheseResponses())
        {
            await chat.Surveys.SaveAnswersAsync(This(), response.RespondentKey, null, null, response.Answers, response.Complete, Now, default);
        }

        var results = await chat.SaysAsync(Sam, "survey results round-table-2026");
        Assert.Contains("Compare with Round Table 2025", results.ButtonTitles());
        Assert.DoesNotContain((await chat.SaysAsync(Sam, "survey results round-table-2025")).ButtonTitles(), t => t.StartsWith("Compare", StringComparison.Ordinal));

        var compared = await chat.PressesAsync(Sam, SurveyVerbs.Compare, (SurveyVerbs.SurveyKey, "round-table-2026"));

        var card = Assert.IsType<CardReply>(Assert.Single(compared)); // beside the results card, not in its place
        Assert.Equal("Year on year: Round Table 2026", card.Card.Heading());
        Assert.Contains("Round Table 2025: 4 responses", card.Shown(), StringComparison.Ordinal);
        Assert.Contains("has no previous edition", (await chat.SaysAsync(Sam, "compare survey round-table-2025")).Shown(), StringComparison.Ordinal);
        Assert.Equal(English.StaffOnly, (await chat.SaysAsync(Ada, "compare survey round-table-2026")).Shown());
    }

    [Fact]
    public async Task AComparisonWhoseLastEditionIsGoneSaysSo()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.Surveys.SaveAsync(This(), default);

        var results = await chat.SaysAsync(Sam, "survey results round-table-2026");

        Assert.DoesNotContain(results.ButtonTitles(), t => t.StartsWith("Compare", StringComparison.Ordinal));
        Assert.Contains("\"round-table-2025\", is no longer there", (await chat.SaysAsync(Sam, "compare survey round-table-2026")).Shown(), StringComparison.Ordinal);
    }
}
