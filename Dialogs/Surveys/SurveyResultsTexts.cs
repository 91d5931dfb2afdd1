using CollabBot.Cards.Surveys;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Surveys;

/// <summary>Marks Surveys/SurveyResultsTexts.resx: the results members see of the surveys they answered, and why they may not.</summary>
public sealed class SurveyResultsTexts
{
    public static MemberResultsLabels Labels(IStringLocalizer<SurveyResultsTexts> texts) => new()
    {
        Heading = texts["Heading"],
        Respondents = texts["Respondents"],
        StillOpen = texts["StillOpen"],
        Final = texts["Final"],
        Answered = texts["Answered"],
        Average = texts["Average"],
        LeftOut = texts["LeftOut"],
        NoChoiceQuestions = texts["NoChoiceQuestions"],
        QuestionsOf = texts["QuestionsOf"],
        NextQuestions = texts["NextQuestions"],
        PreviousQuestions = texts["PreviousQuestions"],
    };
}
