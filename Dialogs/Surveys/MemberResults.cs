using System.Globalization;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// "See results" for a member who answered a survey whose results staff share: the totals of its questions with
/// choices, in the member's language. Nothing is shown before <see cref="SurveyOptions.GroupMinimum"/> respondents are
/// counted, since a member who knows their own answers could tell the others' from the totals of very few.
/// </summary>
public sealed class SeeResultsAction(ISurveyStore store, RespondentKeys keys, IOptions<SurveyOptions> options, TimeProvider clock,
    IStringLocalizer<SurveyResultsTexts> texts, IStringLocalizer<SurveyTexts> surveyTexts, SurveyAudiences audiences) : ICardAction
{
    public string Verb => SurveyVerbs.SeeResults;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var survey = await store.FindAsync(submit[SurveyVerbs.SurveyKey] ?? "", cancellationToken);
        var followed = await audiences.FollowedAsync(turn.Sender, [survey], cancellationToken);
        var response = survey is null || !survey.IsFor(turn.Sender, followed) ? null
            : await store.FindResponseAsync(survey, keys.For(survey, turn.Sender.Id), cancellationToken);
        if (SharedResults.Refusal(survey, turn.Sender, followed, response?.Complete == true, now, texts, surveyTexts) is { } refusal)
        {
            turn.Say(refusal);
            return;
        }
        var tally = new ResultsTally(survey!, 0);
        await foreach (var counted in store.ReadResponsesAsync(survey!.Id, cancellationToken))
        {
            tally.Add(counted);
        }
        if (tally.Respondents < options.Value.GroupMinimum)
        {
            turn.Say(texts["TooFew", survey.Title, options.Value.GroupMinimum]);
            return;
        }
        var paging = int.TryParse(submit[SurveyVerbs.PartKey], CultureInfo.InvariantCulture, out var part);
        var card = MemberResultsCard.Build(View(survey, tally.Results(), tally.Respondents, SharedResults.HasClosed(survey, now), part, texts),
            SurveyResultsTexts.Labels(texts));
        if (paging)
        {
            turn.Replace(card);
        }
        else
        {
            turn.Show(card);
        }
    }

    /// <summary>The questions with choices (yes-no and rating too), with the member's words for Yes and No; the others are left out.</summary>
    public static MemberResultsView View(Survey survey, IReadOnlyList<QuestionResult> results, int respondents, bool final, int part,
        IStringLocalizer<SurveyResultsTexts> texts)
    {
        var shown = new List<MemberQuestionResult>();
        foreach (var result in results)
        {
            var question = survey.Questions[result.Number - 1];
            switch (question.Type)
            {
                case FieldType.SingleChoice or FieldType.MultiChoice:
                    shown.Add(new(result.Number, result.Prompt, result.Answered, result.Rows));
                    break;
                case FieldType.YesNo:
                    shown.Add(new(result.Number, result.Prompt, result.Answered,
                        [result.Rows[0] with { Label = texts["Yes"] }, result.Rows[1] with { Label = texts["No"] }]));
                    break;
                case FieldType.Rating:
                    // The rows run from 5 stars down to 1.
                    var sum = result.Rows.Select((row, i) => (5 - i) * row.Count).Sum();
                    shown.Add(new(result.Number, result.Prompt, result.Answered, result.Rows,
                        result.Answered == 0 ? null : ((double)sum / result.Answered).ToString("0.0", CultureInfo.InvariantCulture)));
                    break;
            }
        }
        var parts = SurveyResults.Parts(shown, q => 2 + q.Rows.Count);
        part = Math.Clamp(part, 0, parts.Count - 1);
        return new MemberResultsView(survey.Id, survey.Title, respondents, final, parts[part], shown.Count < results.Count, survey.Questions.Count)
        {
            Part = part,
            Parts = parts.Count,
        };
    }
}
