using System.Globalization;
using System.Text;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;

namespace CollabBot.Tests.Surveys;

public sealed class ResultsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheLargestSurveyStaysUnderTeamsCardSizeInEveryPart()
    {
        var choices = Enumerable.Range(1, SurveyImport.MaxChoices).Select(i => $"A rather long choice label number {i}").ToList();
        var questions = Enumerable.Range(1, SurveyImport.MaxQuestions).Select(i => i % 3 == 0
            ? new FormField($"q{i}", new string('Q', 500), FieldType.LongText)
            : new FormField($"q{i}", new string('Q', 500), FieldType.MultiChoice) { Choices = choices }).ToList();
        var survey = new Survey("big", "Big", "", questions, false, [], null, "sam", Now) { Status = SurveyStatus.Open, Invited = 10_000 };
        var responses = Enumerable.Range(1, 2_000).Select(r => new SurveyResponse("big", $"m:t:{r}", new MemberId("t", $"{r}"),
            questions.ToDictionary(q => q.Id, q => q.Type == FieldType.LongText ? new string('x', 4000) : string.Join('\n', choices.Take(r % 20 + 1))),
            true, Now)).ToList();

        var first = SurveyResults.Build(survey, responses, 0, Now);
        Assert.True(first.Parts > 1);
        var seen = 0;
        for (var part = 0; part < first.Parts; part++)
        {
            var view = SurveyResults.Build(survey, responses, 3, Now, part);
            var bytes = Encoding.UTF8.GetByteCount(ResultsCard.Build(view).ToJson());
            Assert.True(bytes < 60_000, $"part {part}: {bytes.ToString(CultureInfo.InvariantCulture)} bytes");
            seen += view.Questions.Count;
        }
        Assert.Equal(SurveyImport.MaxQuestions, seen);
    }

    [Fact]
    public void TalliesCountOnlyRespondentsWhoAnswered()
    {
        var survey = new Survey("s", "S", "", [new FormField("c", "Pick", FieldType.MultiChoice) { Choices = ["a", "b"] }, new FormField("n", "N", FieldType.Number, false)],
            false, [], null, "sam", Now)
        { Status = SurveyStatus.Open, Invited = 4 };
        SurveyResponse R(string key, string c, string n, bool complete) => new("s", key, null, new Dictionary<string, string> { ["c"] = c, ["n"] = n }, complete, Now);

        var view = SurveyResults.Build(survey, [R("1", "a\nb", "2", true), R("2", "a", "", true), R("3", "", "", false)], 0, Now);

        Assert.Equal(2, view.Complete);
        Assert.Equal(0, view.InProgress);
        Assert.Equal([2, 1], view.Questions[0].Rows.Select(r => r.Count));
        Assert.Equal("average 2, lowest 2, highest 2", view.Questions[1].Summary);
    }
}
