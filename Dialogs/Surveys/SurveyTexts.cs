using CollabBot.Cards.Surveys;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Surveys;

/// <summary>Marks Surveys/SurveyTexts.resx: what members are told about surveys, and the survey commands' help.</summary>
public sealed class SurveyTexts
{
    public static SurveyLabels Labels(IStringLocalizer<SurveyTexts> texts) => new()
    {
        NewSurvey = texts["NewSurvey"],
        Reminder = texts["Reminder"],
        Questions = texts["Questions"],
        Closes = texts["Closes"],
        Progress = texts["Progress"],
        AnsweredOf = texts["AnsweredOf"],
        Anonymous = texts["AnonymousShort"],
        StartNow = texts["StartNow"],
        Start = texts["Start"],
        Continue = texts["Continue"],
        AllInOneCard = texts["AllInOneCard"],
        Later = texts["Later"],
        MySurveys = texts["MySurveysTitle"],
        NoSurveys = texts["NoSurveys"],
        Done = texts["Done"],
        NotStarted = texts["NotStarted"],
        OpenUntil = texts["OpenUntil"],
        Open = texts["Open"],
        Closed = texts["Closed"],
        ChangeAnswers = texts["ChangeAnswers"],
        MyAnswers = texts["MyAnswers"],
        SeeResults = texts["SeeResults"],
    };
}
