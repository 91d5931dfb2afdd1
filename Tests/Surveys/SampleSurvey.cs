using CollabBot.Cards.Forms;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Surveys;

/// <summary>The five-question survey most survey tests answer, and the buttons of its form.</summary>
public static class SampleSurvey
{
    public const string Id = "user-feedback";

    public static async Task<Survey> OpenSampleAsync(this ChatHarness chat, bool anonymous = false, DateTimeOffset? deadline = null,
        IReadOnlyList<string>? audience = null)
    {
        var survey = new Survey(Id, "User feedback", "Five quick questions about our products.",
        [
            new FormField("product", "Which product do you use most?", FieldType.SingleChoice) { Choices = ["PATENTSCOPE", "Global Brand Database", "WIPO Inspire"] },
            new FormField("satisfaction", "How satisfied are you?", FieldType.Rating),
            new FormField("improve", "What should we improve?", FieldType.LongText, Required: false),
            new FormField("searches", "How many searches do you run per week?", FieldType.Number, Required: false) { Min = 0, Max = 1000 },
            new FormField("contact", "May we contact you about your answers?", FieldType.YesNo),
        ], anonymous, audience ?? [], deadline, ChatHarness.StaffObjectId, chat.Clock.GetUtcNow());
        await chat.Surveys.SaveAsync(survey, default);
        return await chat.Get<SurveyCampaigns>().OpenAsync((await chat.Surveys.FindAsync(Id, default))!, default);
    }

    /// <summary>Presses a button of the sample survey's form.</summary>
    public static Task<IReadOnlyList<Reply>> PressesFormAsync(this ChatHarness chat, Member member, string verb, params (string Key, string Value)[] values) =>
        chat.PressesAsync(member, verb, [(FormVerbs.KindKey, SurveyForms.FormKind), (FormVerbs.FormKey, Id), .. values]);
}
