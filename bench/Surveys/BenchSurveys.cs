using System.Text.Json;

namespace CollabBot.Bench.Surveys;

/// <summary>Survey definitions for the benchmarks, in the import format of docs/survey-format.md.</summary>
public static class BenchSurveys
{
    public const int RatingQuestions = 40;

    private static readonly string[] Products = ["PATENTSCOPE", "Global Brand Database", "WIPO Lex", "WIPO Pearl"];
    private static readonly string[] Uses = ["Search", "Alerts", "Exports", "API"];

    /// <summary>Forty rating questions: a long survey answered step by step with buttons.</summary>
    public static string Ratings(string id) => JsonSerializer.Serialize(new
    {
        id,
        title = "Bench " + id,
        questions = Enumerable.Range(1, RatingQuestions).Select(i => new { id = $"q{i}", text = $"Question {i}?", type = "rating" }),
    });

    /// <summary>One question of each common type, for the results card.</summary>
    public static string Mixed(string id) => JsonSerializer.Serialize(new
    {
        id,
        title = "Bench results",
        questions = new object[]
        {
            new { id = "product", text = "Which product?", type = "single-choice", choices = Products },
            new { id = "uses", text = "What do you use?", type = "multi-choice", choices = Uses },
            new { id = "rating", text = "How satisfied?", type = "rating" },
            new { id = "again", text = "Would you recommend it?", type = "yes-no" },
            new { id = "searches", text = "Searches per week?", type = "number", min = 0, max = 1000 },
            new { id = "wish", text = "One wish?", type = "short-text" },
        },
    });

    public static Dictionary<string, string> MixedAnswers(int i) => new()
    {
        ["product"] = (i % 4) switch { 0 => "PATENTSCOPE", 1 => "Global Brand Database", 2 => "WIPO Lex", _ => "WIPO Pearl" },
        ["uses"] = (i % 3) switch { 0 => "Search", 1 => "Search\nAlerts", _ => "Exports\nAPI" },
        ["rating"] = (i % 5 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["again"] = i % 2 == 0 ? "yes" : "no",
        ["searches"] = (i % 97).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["wish"] = $"Wish number {i}: faster exports and more alerts",
    };
}
