using System.Text.Json;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>A survey written back in the import format reads as the same survey.</summary>
public sealed class SurveyDefinitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly SurveyImportContext Context = new(["CEPIUG", "PDG", "PIUG"])
    {
        Products = [new SurveyProduct("patentscope", "PATENTSCOPE"), new SurveyProduct("wipo-lex", "WIPO Lex")],
        Members = new Dictionary<string, MemberId>(StringComparer.OrdinalIgnoreCase) { ["ada@example.org"] = Ada.Id, ["bob@example.org"] = Bob.Id },
    };

    public static Survey Parse(string json)
    {
        var (survey, problems) = SurveyImport.Parse(json, "sam", Now, Context);
        Assert.True(survey is not null, string.Join("\n", problems));
        return survey;
    }

    /// <summary>Every property of the survey, its questions' and audience's included: records compare lists by reference.</summary>
    public static string Whole(Survey survey) => JsonSerializer.Serialize(survey);

    [Theory]
    [InlineData("survey-example.json")]
    [InlineData("survey-branching.json")]
    [InlineData("survey-playground.json")]
    public void TheDocumentedSurveysReadTheSameWrittenBack(string file)
    {
        var survey = Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", file)));

        var again = Parse(SurveyDefinition.ToJson(survey));

        Assert.Equal(Whole(survey), Whole(again));
        Assert.True(SurveyDefinition.Same(survey, again));
    }

    [Theory]
    [InlineData("[\"PDG\", \"PIUG\"]")]
    [InlineData("{\"followers\": [\"wipo-lex\", \"PATENTSCOPE\"]}")]
    [InlineData("{\"members\": [\"Bob@example.org\", \"ada@example.org\"]}")]
    [InlineData("\"all\"")]
    public void EachAudienceReadsTheSameWrittenBack(string audience)
    {
        var survey = Parse($"{{\"id\": \"aud-trip\", \"title\": \"T\", \"audience\": {audience}, \"questions\": [{{\"text\": \"Q\", \"type\": \"yes-no\"}}]}}");

        Assert.Equal(Whole(survey), Whole(Parse(SurveyDefinition.ToJson(survey))));
    }

    [Fact]
    public void DefaultsAreLeftOutAndEverythingElseIsWritten()
    {
        var survey = Parse("""
            {"id": "all-fields", "title": "Chloé's \"quick\" survey", "intro": "Two\nlines", "anonymous": true, "deadline": "2026-12-31T17:00:00.25+01:00",
             "audience": {"followers": ["patentscope"]},
             "questions": [
               {"id": "n", "text": "How many?", "type": "number", "min": -1.5, "max": 1000, "required": false},
               {"id": "w", "text": "Why?", "type": "short-text", "maxLength": 80, "required": true},
               {"id": "c", "text": "Sure?", "type": "yes-no"}
             ]}
            """);

        var json = SurveyDefinition.ToJson(survey);

        Assert.Contains("\"title\": \"Chloé's \\\"quick\\\" survey\"", json, StringComparison.Ordinal);
        Assert.Contains("\"deadline\": \"2026-12-31T16:00:00.25Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"followers\": [\n      \"patentscope\"", json.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"min\": -1.5", json, StringComparison.Ordinal);
        Assert.Contains("\"maxLength\": 80", json, StringComparison.Ordinal);
        Assert.Equal(1, json.Split("\"required\"").Length - 1); // only the optional one says so
        Assert.Equal(Whole(survey), Whole(Parse(json)));
    }

    [Fact]
    public void AWholeSecondDeadlineIsWrittenWithoutFractions()
    {
        var survey = Parse("{\"id\": \"deadline\", \"title\": \"T\", \"deadline\": \"2027-01-31T17:00:00Z\", \"questions\": [{\"text\": \"Q\", \"type\": \"rating\"}]}");

        Assert.Contains("\"deadline\": \"2027-01-31T17:00:00Z\"", SurveyDefinition.ToJson(survey), StringComparison.Ordinal);
    }

    [Fact]
    public void ASurveyStoredWithStateWritesOnlyItsDefinition()
    {
        var survey = Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "survey-playground.json")));
        var opened = survey with { Status = SurveyStatus.Open, OpenedAt = Now, Invited = 12, CreatedBy = "someone" };

        Assert.Equal(SurveyDefinition.ToJson(survey), SurveyDefinition.ToJson(opened));
        Assert.DoesNotContain("Open", SurveyDefinition.ToJson(opened), StringComparison.Ordinal);
    }
}
