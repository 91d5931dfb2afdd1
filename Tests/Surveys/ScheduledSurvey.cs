using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Surveys;

/// <summary>The sample survey's questions as a draft with a schedule or a limit, and what the surveys card offers for it.</summary>
public static class ScheduledSurvey
{
    public static async Task<Survey> SaveDraftAsync(this ChatHarness chat, DateTimeOffset? opens = null, DateTimeOffset? deadline = null,
        int? closeAfter = null, bool anonymous = false, string id = SampleSurvey.Id, string title = "User feedback", string? previous = null)
    {
        var survey = new Survey(id, title, "Five quick questions about our products.",
        [
            new FormField("product", "Which product do you use most?", FieldType.SingleChoice) { Choices = ["PATENTSCOPE", "Global Brand Database", "WIPO Inspire"] },
            new FormField("satisfaction", "How satisfied are you?", FieldType.Rating),
            new FormField("improve", "What should we improve?", FieldType.LongText, Required: false),
            new FormField("searches", "How many searches do you run per week?", FieldType.Number, Required: false) { Min = 0, Max = 1000 },
            new FormField("contact", "May we contact you about your answers?", FieldType.YesNo),
        ], anonymous, [], deadline, ChatHarness.StaffObjectId, chat.Clock.GetUtcNow())
        {
            Opens = opens,
            CloseAfterResponses = closeAfter,
            PreviousEdition = previous,
        };
        await chat.Surveys.SaveAsync(survey, default);
        return survey;
    }

    /// <summary>Answers the sample survey on its all-in-one card.</summary>
    public static Task<IReadOnlyList<Reply>> CompletesAsync(this ChatHarness chat, Member member, string product = "1", string rating = "4",
        string surveyId = SampleSurvey.Id) =>
        chat.PressesAsync(member, FormVerbs.SubmitAll, (FormVerbs.KindKey, SurveyForms.FormKind), (FormVerbs.FormKey, surveyId),
            ("f_product", product), ("f_satisfaction", rating), ("f_contact", "yes"));

    /// <summary>The titles of the buttons a card offers.</summary>
    public static string[] ButtonTitles(this IReadOnlyList<Reply> replies) =>
        [.. replies.Select(r => r switch { CardReply c => c.Card, CardUpdate u => u.Card, _ => null }).OfType<AdaptiveCard>()
            .SelectMany(c => c.Buttons()).Select(b => b.Title)];

    public static async Task<SurveyStatus> StatusAsync(this ChatHarness chat, string id = SampleSurvey.Id) =>
        (await chat.Surveys.FindAsync(id, default))!.Status;
}
