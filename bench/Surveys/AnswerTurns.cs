using CollabBot.Bench.Turns;
using CollabBot.Cards.Forms;
using CollabBot.Dialogs.Surveys;
using Newtonsoft.Json.Linq;

namespace CollabBot.Bench.Surveys;

/// <summary>
/// A member answering a long survey step by step with buttons, one question per turn. Staff import and open
/// a fresh survey whenever the member reaches the end of one; only the answer turns are timed.
/// </summary>
public sealed class AnswerTurns(TurnDriver staff, TurnDriver member)
{
    private string surveyId = "";
    private int question = BenchSurveys.RatingQuestions;
    private int surveys;

    public async Task<double> NextAsync()
    {
        if (question == BenchSurveys.RatingQuestions)
        {
            await StartNewSurveyAsync();
        }
        question++;
        return await member.TimeTurnAsync(Press(FormVerbs.Answer,
            (FormVerbs.FieldKey, $"q{question}"), (FormVerbs.ValueKey, (question % 5 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    private async Task StartNewSurveyAsync()
    {
        surveyId = $"bench-answers-{++surveys}";
        await staff.TimeTurnAsync(text: "import survey " + BenchSurveys.Ratings(surveyId));
        await staff.TimeTurnAsync(text: "open survey " + surveyId);
        await member.TimeTurnAsync(Press(FormVerbs.Start));
        question = 0;
    }

    private JObject Press(string verb, params (string Key, string Value)[] values)
    {
        var data = new JObject { ["verb"] = verb, [FormVerbs.KindKey] = SurveyForms.FormKind, [FormVerbs.FormKey] = surveyId };
        foreach (var (key, value) in values)
        {
            data[key] = value;
        }
        return data;
    }
}
