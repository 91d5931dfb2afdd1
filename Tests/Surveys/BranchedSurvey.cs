using CollabBot.Cards.Forms;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Surveys;

/// <summary>
/// A survey that branches: the PATENTSCOPE questions only for those who use it (and the wish only for frequent
/// users: a branch inside a branch), the e-mail only for those who may be contacted.
/// </summary>
public static class BranchedSurvey
{
    public const string Id = "product-use";

    public static readonly FormField[] Questions =
    [
        new("products", "Which products do you use?", FieldType.MultiChoice) { Choices = ["PATENTSCOPE", "WIPO Lex", "Global Brand Database"] },
        new("ps_often", "How often do you use PATENTSCOPE?", FieldType.SingleChoice)
        {
            Choices = ["Daily", "Weekly", "Rarely"],
            ShowIf = new("products", ["PATENTSCOPE"]),
        },
        new("ps_wish", "One wish for PATENTSCOPE?", FieldType.ShortText, Required: false) { ShowIf = new("ps_often", ["Daily", "Weekly"]) },
        new("satisfaction", "How satisfied are you overall?", FieldType.Rating),
        new("contact", "May we contact you?", FieldType.YesNo),
        new("email", "Your e-mail address?", FieldType.Email) { ShowIf = new("contact", ["yes"]) },
    ];

    public static async Task<Survey> OpenBranchedAsync(this ChatHarness chat)
    {
        var survey = new Survey(Id, "Product use", "Which products, and how they serve you.", Questions, false, [], null,
            ChatHarness.StaffObjectId, chat.Clock.GetUtcNow());
        await chat.Surveys.SaveAsync(survey, default);
        return await chat.Get<SurveyCampaigns>().OpenAsync((await chat.Surveys.FindAsync(Id, default))!, default);
    }

    /// <summary>Presses a button of the branched survey's form.</summary>
    public static Task<IReadOnlyList<Reply>> PressesBranchedAsync(this ChatHarness chat, Member member, string verb, params (string Key, string Value)[] values) =>
        chat.PressesAsync(member, verb, [(FormVerbs.KindKey, SurveyForms.FormKind), (FormVerbs.FormKey, Id), .. values]);
}
