using System.Text.Json.Nodes;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Surveys;

/// <summary>What a correction of an open survey may change (what keeps every answer valid), and why the rest is refused.</summary>
public sealed class SurveyCorrectionTests
{
    private static readonly string Example = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "survey-example.json"));

    private static JsonObject Question(JsonNode definition, string id) =>
        definition["questions"]!.AsArray().Select(q => q!.AsObject()).Single(q => (string?)q["id"] == id);

    private static readonly Dictionary<string, Action<JsonNode>> Allowed = new()
    {
        ["title"] = d => d["title"] = "IP Information Round Table 2026: your view",
        ["intro"] = d => d["intro"] = "Nine short questions. About three minutes.",
        ["question text"] = d => Question(d, "product")["text"] = "Which WIPO product do you use most?",
        ["choice added at the end"] = d => Question(d, "product")["choices"]!.AsArray().Add("WIPO Translate"),
        ["optional question added at the end"] = d => d["questions"]!.AsArray().Add(new JsonObject { ["id"] = "extra", ["text"] = "More?", ["type"] = "yes-no", ["required"] = false }),
        ["optional conditional question added at the end"] = d => d["questions"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "why_lex",
            ["text"] = "Why WIPO Lex?",
            ["type"] = "short-text",
            ["required"] = false,
            ["showIf"] = new JsonObject { ["question"] = "product", ["anyOf"] = new JsonArray("WIPO Lex") },
        }),
        ["required made optional"] = d => Question(d, "attend")["required"] = false,
        ["min lowered, max raised"] = d =>
        {
            Question(d, "searches")["min"] = -1;
            Question(d, "searches")["max"] = 20000;
        },
        ["maxLength raised"] = d => Question(d, "one_wish")["maxLength"] = 300,
    };

    public static TheoryData<string> AllowedChanges => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(AllowedChanges))]
    public void AChangeThatKeepsEveryAnswerValidIsAllowed(string change)
    {
        var stored = SurveyDefinitionTests.Parse(Example);
        var definition = JsonNode.Parse(Example)!;
        Allowed[change](definition);

        var corrected = SurveyDefinitionTests.Parse(definition.ToJsonString());

        Assert.Empty(SurveyCorrections.Check(stored, corrected));
        Assert.False(SurveyDefinition.Same(stored, corrected));
    }

    private static readonly Dictionary<string, (Action<JsonNode> Change, string Reason)> Refused = new()
    {
        ["question removed"] = (d => d["questions"]!.AsArray().RemoveAt(6), "question contact can't be removed: answers may have been given to it."),
        ["question id changed"] = (d => Question(d, "comments")["id"] = "remarks", "question comments can't be removed: answers may have been given to it."),
        ["question moved"] = (d => { var q = d["questions"]!.AsArray(); var last = q[8]!; q.RemoveAt(8); q.Insert(0, last); },
            "question product can't move from place 1 to 2: members part way through are at a question by its place. Add new questions at the end."),
        ["type changed"] = (d => Question(d, "contact")["type"] = "short-text",
            "question contact: the type can't change from email to short-text: the answers given are email answers."),
        ["choice removed"] = (d => Question(d, "product")["choices"]!.AsArray().RemoveAt(4),
            "question product: the choice \"WIPO Lex\" can't be removed: answers may have chosen it (renaming a choice removes it: answers keep its text). Add new choices at the end."),
        ["choice renamed"] = (d => Question(d, "product")["choices"]![4] = "WIPO-Lex", "question product: the choice \"WIPO Lex\" can't be removed: answers may have chosen it"),
        ["choices reordered"] = (d => Question(d, "topics")["choices"] = new JsonArray("Machine translation", "AI in search", "Data quality", "Standards"),
            "question topics: the choice \"AI in search\" can't move: cards already sent give choices by their place. Add new choices at the end."),
        ["optional made required"] = (d => Question(d, "comments")["required"] = true,
            "question comments: can't become required: some may have skipped it, or finished without it."),
        ["required question added"] = (d => d["questions"]!.AsArray().Add(new JsonObject { ["id"] = "extra", ["text"] = "More?", ["type"] = "yes-no" }),
            "question extra can't be added as required: those who already finished have not answered it. Add it with \"required\": false."),
        ["anonymity changed"] = (d => d["anonymous"] = true,
            "anonymous can't change: the answers given were stored with names, and members answered on that understanding."),
        ["condition changed"] = (d => Question(d, "satisfaction")["showIf"]!["anyOf"] = new JsonArray("PATENTSCOPE", "WIPO Lex"),
            "question satisfaction: its condition (showIf) can't change: who was asked it would no longer match the answers given."),
        ["condition removed"] = (d => Question(d, "arrival").Remove("showIf"),
            "question arrival: its condition (showIf) can't be removed: it would be asked of those who skipped it."),
        ["condition added"] = (d => Question(d, "comments")["showIf"] = new JsonObject { ["question"] = "attend", ["anyOf"] = new JsonArray("no") },
            "question comments: a condition (showIf) can't be added: some already answered it, and their answers would be left out."),
        ["min raised"] = (d => Question(d, "searches")["min"] = 1, "question searches: min can't rise to 1: answers below it may have been given."),
        ["max lowered"] = (d => Question(d, "searches")["max"] = 500, "question searches: max can't fall to 500: answers above it may have been given."),
        ["maxLength lowered"] = (d => Question(d, "one_wish")["maxLength"] = 100,
            "question one_wish: maxLength can't fall to 100: longer answers may have been given."),
        ["deadline changed"] = (d => d["deadline"] = "2027-02-28T17:00:00Z",
            "the deadline can't change in a correction: the reminders and the close are scheduled for it."),
        ["audience changed"] = (d => d["audience"] = new JsonObject { ["followers"] = new JsonArray("patentscope") },
            "the audience can't change: the invitations went to CEPIUG, PDG."),
    };

    public static TheoryData<string> RefusedChanges => [.. Refused.Keys];

    [Theory]
    [MemberData(nameof(RefusedChanges))]
    public void AChangeThatWouldInvalidateAnswersIsRefusedWithWhy(string change)
    {
        var stored = SurveyDefinitionTests.Parse(Example);
        var definition = JsonNode.Parse(Example)!;
        Refused[change].Change(definition);

        var reasons = SurveyCorrections.Check(stored, SurveyDefinitionTests.Parse(definition.ToJsonString()));

        Assert.Contains(reasons, r => r.StartsWith(Refused[change].Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryReasonIsListed()
    {
        var stored = SurveyDefinitionTests.Parse(Example);
        var definition = JsonNode.Parse(Example)!;
        Question(definition, "product")["choices"]!.AsArray().RemoveAt(4);
        Question(definition, "comments")["required"] = true;
        definition["anonymous"] = true;

        Assert.Equal(3, SurveyCorrections.Check(stored, SurveyDefinitionTests.Parse(definition.ToJsonString())).Count);
    }

    [Fact]
    public void ACorrectionKeepsTheStoredStateAndTakesTheTextsAndAdditions()
    {
        var stored = SurveyDefinitionTests.Parse(Example) with
        {
            Status = SurveyStatus.Closed,
            OpenedAt = DateTimeOffset.UnixEpoch,
            ClosedAt = DateTimeOffset.UnixEpoch.AddDays(3),
            CreatedBy = "first-author",
        };
        var definition = JsonNode.Parse(Example)!;
        definition["title"] = "Corrected";
        Question(definition, "product")["choices"]!.AsArray().Add("WIPO Translate");

        var corrected = SurveyCorrections.Apply(stored, SurveyDefinitionTests.Parse(definition.ToJsonString()) with { CreatedBy = "corrector" });

        Assert.Equal((SurveyStatus.Closed, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(3), "first-author", stored.Created),
            (corrected.Status, corrected.OpenedAt, corrected.ClosedAt, corrected.CreatedBy, corrected.Created));
        Assert.Equal("Corrected", corrected.Title);
        Assert.Equal("WIPO Translate", corrected.Questions[0].Choices[^1]);
    }
}
