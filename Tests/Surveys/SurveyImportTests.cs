using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;

namespace CollabBot.Tests.Surveys;

public sealed class SurveyImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Groups = ["CEPIUG", "PDG", "PIUG"];

    private static IReadOnlyList<string> Problems(string json) =>
        [.. SurveyImport.Parse(json, "sam", Now, Groups).Problems.Select(p => p.ToString())];

    [Fact]
    public void AGoodDefinitionBecomesADraftSurvey()
    {
        var (survey, problems) = SurveyImport.Parse(File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "docs", "survey-example.json")),
            "sam", Now, Groups);

        Assert.Empty(problems);
        Assert.NotNull(survey);
        Assert.Equal(SurveyStatus.Draft, survey.Status);
        Assert.Equal(["CEPIUG", "PDG"], survey.Audience);
        Assert.Equal(Enum.GetValues<FieldType>().Length, survey.Questions.Select(q => q.Type).Distinct().Count());
    }

    [Theory]
    [InlineData("{ \"id\": \"ok-id\", \"title\": \"T\",\n  \"questions\": [ }", "Line 2: this is not valid JSON")]
    [InlineData("[1, 2]", "Line 1: the definition must be a JSON object")]
    [InlineData("{\n  \"title\": \"T\",\n  \"questions\": [{\"text\": \"Q\", \"type\": \"rating\"}]\n}", "Line 1, id: is missing.")]
    [InlineData("{\n  \"id\": \"Bad Id!\",\n  \"title\": \"T\",\n  \"questions\": [{\"text\": \"Q\", \"type\": \"rating\"}]\n}", "Line 2, id: \"Bad Id!\" is not a usable id")]
    [InlineData("{\n  \"id\": \"ok-id\",\n  \"tittle\": \"T\",\n  \"questions\": [{\"text\": \"Q\", \"type\": \"rating\"}]\n}", "Line 3, tittle: is not a field of a survey; the fields are")]
    [InlineData("{\n  \"id\": \"ok-id\",\n  \"Title\": \"T\",\n  \"questions\": [{\"text\": \"Q\", \"type\": \"rating\"}]\n}", "Line 3, Title: is not a field of a survey; did you mean \"title\"?")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [\n  {\"text\": \"Q\", \"type\": \"rating\"},\n  {\"text\": \"Q2\",\n   \"type\": \"stars\"}\n]}", "Line 5, questions[1].type: \"stars\" is not a question type; use one of short-text")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [\n  {\"text\": \"Q\", \"type\": \"single-choice\"}\n]}", "Line 3, questions[0].choices: is missing: a single-choice question needs 2 to 20 choices.")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [\n  {\"text\": \"Q\", \"type\": \"rating\",\n   \"choices\": [\"a\", \"b\"]}\n]}", "Line 4, questions[0].choices: only applies to single-choice and multi-choice questions, not rating.")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [\n  {\"text\": \"Q\", \"type\": \"multi-choice\",\n   \"choices\": [\"a\",\n \"A\"]}\n]}", "Line 5, questions[0].choices[1]: \"A\" is listed twice.")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [\n  {\"text\": \"Q\", \"type\": \"number\", \"min\": 5,\n \"max\": 1}\n]}", "Line 3, questions[0].min: is larger than max (1).")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [\n  {\"id\": \"a\", \"text\": \"Q\", \"type\": \"yes-no\"},\n  {\"id\": \"a\", \"text\": \"Q\", \"type\": \"yes-no\"}\n]}", "Line 4, questions[1].id: \"a\" is used by an earlier question")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\", \"anonymous\": \"yes\",\n \"questions\": [{\"text\": \"Q\", \"type\": \"yes-no\"}]}", "Line 1, anonymous: must be true or false (without quotes), not \"yes\".")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"deadline\": \"2020-01-01T00:00:00Z\",\n \"questions\": [{\"text\": \"Q\", \"type\": \"yes-no\"}]}", "Line 2, deadline: 2020-01-01 00:00 UTC has already passed.")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"deadline\": \"next friday\",\n \"questions\": [{\"text\": \"Q\", \"type\": \"yes-no\"}]}", "Line 2, deadline: \"next friday\" is not a date and time")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"audience\": [\"PIUG\",\n \"NOPE\"],\n \"questions\": [{\"text\": \"Q\", \"type\": \"yes-no\"}]}", "Line 3, audience[1]: \"NOPE\" is not a user group; choose from CEPIUG, PDG, PIUG.")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\", \"questions\": []}", "Line 1, questions: must be a list with at least one question.")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [{\"text\": \"Q\", \"type\": \"rating\",\n \"maxLength\": 10}]}", "Line 3, questions[0].maxLength: only applies to short-text and long-text questions.")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [{\"text\": \"Q\", \"type\": \"number\",\n \"min\": 1e400}]}", "Line 3, questions[0].min: 1e400 is too large to be a number here.")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [{\"text\": \"Q\", \"type\": \"number\",\n \"max\": -1e400}]}", "Line 3, questions[0].max: -1e400 is too large to be a number here.")]
    public void EachMistakeIsReportedWithItsLineAndField(string json, string expected)
    {
        var problems = Problems(json);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryMistakeIsReportedNotJustTheFirst()
    {
        var problems = Problems("{\"id\": \"x\", \"questions\": [{\"type\": \"stars\"}, 3]}");

        Assert.True(problems.Count >= 4, string.Join("\n", problems));
    }
}
