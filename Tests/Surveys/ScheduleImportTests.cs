using CollabBot.Dialogs.Surveys;

namespace CollabBot.Tests.Surveys;

/// <summary>The format's opening time, number of responses and previous edition, and their mistakes.</summary>
public sealed class ScheduleImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private const string Questions = "\"questions\": [{\"text\": \"Q\", \"type\": \"yes-no\"}]";

    private static (Survey? Survey, IReadOnlyList<string> Problems) Parse(string fields)
    {
        var (survey, problems) = SurveyImport.Parse("{\"id\": \"rt-2027\", \"title\": \"T\",\n" + fields + ",\n" + Questions + "}", "sam", Now, ["PDG"]);
        return (survey, [.. problems.Select(p => p.ToString())]);
    }

    [Fact]
    public void AnOpeningTimeALimitAndAPreviousEditionAreRead()
    {
        var (survey, problems) = Parse("\"opens\": \"2026-12-01T09:00:00+01:00\", \"deadline\": \"2026-12-31T17:00:00Z\", \"closeAfterResponses\": 50, \"previousEdition\": \"rt-2026\"");

        Assert.Empty(problems);
        Assert.Equal((new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), 50, "rt-2026"), (survey!.Opens, survey.CloseAfterResponses, survey.PreviousEdition));
        Assert.Equal(TimeSpan.Zero, survey.Opens!.Value.Offset);
        Assert.Equal(SurveyStatus.Draft, survey.Status); // scheduling is staff's step
    }

    [Fact]
    public void NoneOfThemIsNeeded()
    {
        var (survey, problems) = Parse("\"opens\": null, \"closeAfterResponses\": null");

        Assert.Empty(problems);
        Assert.Equal(((DateTimeOffset?)null, (int?)null, (string?)null), (survey!.Opens, survey.CloseAfterResponses, survey.PreviousEdition));
    }

    [Theory]
    [InlineData("\"opens\": \"2026-12-31T17:00:00Z\",\n \"deadline\": \"2026-12-31T17:00:00Z\"", "Line 2, opens: 2026-12-31 17:00 UTC is not before the deadline (2026-12-31 17:00 UTC): a survey must open before it closes.")]
    [InlineData("\"deadline\": \"2026-12-01T00:00:00Z\",\n \"opens\": \"2026-12-24T09:00:00Z\"", "Line 3, opens: 2026-12-24 09:00 UTC is not before the deadline (2026-12-01 00:00 UTC)")]
    [InlineData("\"opens\": \"2026-11-01T09:00:00Z\"", "Line 2, opens: 2026-11-01 09:00 UTC has already passed; leave it out to open the survey by hand.")]
    [InlineData("\"opens\": \"soon\"", "Line 2, opens: \"soon\" is not a date and time; write it like \"2026-12-01T09:00:00Z\".")]
    [InlineData("\"opens\": 20261201", "Line 2, opens: must be a text in quotes, not 20261201.")]
    [InlineData("\"closeAfterResponses\": 0", "Line 2, closeAfterResponses: must be a whole number of responses from 1 to 1000000 (without quotes), not 0.")]
    [InlineData("\"closeAfterResponses\": 2.5", "Line 2, closeAfterResponses: must be a whole number of responses from 1 to 1000000 (without quotes), not 2.5.")]
    [InlineData("\"closeAfterResponses\": \"50\"", "Line 2, closeAfterResponses: must be a whole number of responses from 1 to 1000000 (without quotes), not \"50\".")]
    [InlineData("\"closeAfterResponses\": 1e12", "Line 2, closeAfterResponses: must be a whole number")]
    [InlineData("\"previousEdition\": \"Round Table 2026\"", "Line 2, previousEdition: \"Round Table 2026\" is not a survey id")]
    [InlineData("\"previousEdition\": \"rt-2027\"", "Line 2, previousEdition: names this survey itself")]
    [InlineData("\"previousEdition\": [\"rt-2026\"]", "Line 2, previousEdition: must be a text in quotes, not a list.")]
    [InlineData("\"opensAt\": \"2026-12-01T09:00:00Z\"", "Line 2, opensAt: is not a field of a survey; the fields are id, title, intro, anonymous, deadline, audience, questions, opens, closeAfterResponses, previousEdition, shareResults.")]
    [InlineData("\"closeafterresponses\": 5", "Line 2, closeafterresponses: is not a field of a survey; did you mean \"closeAfterResponses\"?")]
    public void EachMistakeIsReportedWithItsLineAndField(string fields, string expected)
    {
        var (survey, problems) = Parse(fields);

        Assert.Null(survey);
        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }
}
