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

    private const string Branch = "{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [\n  {\"id\": \"first\", \"text\": \"F\", \"type\": \"single-choice\", \"choices\": [\"A\", \"B\"]},\n  {\"id\": \"second\", \"text\": \"Q\", \"type\": \"rating\",\n ";

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
    // Branching: a condition names an earlier choice or yes-no question, and only its choices.
    [InlineData(Branch + "\"showIf\": {\"question\": \"nope\", \"anyOf\": [\"A\"]}}]}", "Line 5, questions[1].showIf.question: \"nope\" is not the id of a question in this survey.")]
    [InlineData(Branch + "\"showIf\": {\"question\": \"later\", \"anyOf\": [\"yes\"]}},\n  {\"id\": \"later\", \"text\": \"L\", \"type\": \"yes-no\"}]}", "Line 5, questions[1].showIf.question: \"later\" comes later in the survey: a condition must name an earlier question, or answers would go round in a loop.")]
    [InlineData(Branch + "\"showIf\": {\"question\": \"second\", \"anyOf\": [\"x\"]}}]}", "Line 5, questions[1].showIf.question: a question cannot depend on its own answer: that is a loop.")]
    [InlineData(Branch + "\"showIf\": {\"question\": \"first\",\n \"anyOf\": [\"A\", \"C\"]}}]}", "Line 6, questions[1].showIf.anyOf[1]: \"C\" is not a choice of \"first\"; its choices are \"A\", \"B\".")]
    [InlineData(Branch + "\"showIf\": {\"question\": \"first\", \"anyOf\": []}}]}", "Line 5, questions[1].showIf.anyOf: must be a list of one or more of that question's choices")]
    [InlineData(Branch + "\"showIf\": \"first is A\"}]}", "Line 5, questions[1].showIf: must be an object like")]
    [InlineData(Branch + "\"showIf\": {\"question\": \"first\", \"anyof\": [\"A\"]}}]}", "Line 5, questions[1].showIf.anyof: is not a field of a condition; did you mean \"anyOf\"?")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [\n  {\"id\": \"n\", \"text\": \"N\", \"type\": \"number\"},\n  {\"id\": \"second\", \"text\": \"Q\", \"type\": \"rating\",\n \"showIf\": {\"question\": \"n\", \"anyOf\": [\"1\"]}}]}", "Line 5, questions[1].showIf.question: \"n\" is a number question; a condition can only name a single-choice, multi-choice or yes-no question.")]
    [InlineData("{\"id\": \"ok-id\", \"title\": \"T\",\n \"questions\": [\n  {\"id\": \"yn\", \"text\": \"N\", \"type\": \"yes-no\"},\n  {\"id\": \"second\", \"text\": \"Q\", \"type\": \"rating\",\n \"showIf\": {\"question\": \"yn\", \"anyOf\": [\"maybe\"]}}]}", "Line 5, questions[1].showIf.anyOf[0]: \"maybe\" is not a choice of \"yn\"; its choices are \"yes\", \"no\".")]
    public void EachMistakeIsReportedWithItsLineAndField(string json, string expected)
    {
        var problems = Problems(json);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ThePlaygroundsBranchedSurveyImports()
    {
        var (survey, problems) = SurveyImport.Parse(File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "docs", "survey-branching.json")), "sam", Now, Groups);

        Assert.Empty(problems);
        Assert.Equal(2, survey!.Questions.Count(q => q.ShowIf is not null));
    }

    [Fact]
    public void AConditionKeepsTheChoicesAsTheQuestionSpellsThem()
    {
        var (survey, problems) = SurveyImport.Parse(Branch + "\"showIf\": {\"question\": \"first\", \"anyOf\": [\"b\", \"a\", \"B\"]}}]}", "sam", Now, Groups);

        Assert.Empty(problems);
        var condition = survey!.Questions[1].ShowIf!;
        Assert.Equal("first", condition.FieldId);
        Assert.Equal(["B", "A"], condition.AnyOf);
        Assert.Null(survey.Questions[0].ShowIf);
    }

    [Fact]
    public void EveryMistakeIsReportedNotJustTheFirst()
    {
        var problems = Problems("{\"id\": \"x\", \"questions\": [{\"type\": \"stars\"}, 3]}");

        Assert.True(problems.Count >= 4, string.Join("\n", problems));
    }
}
