using CollabBot.Cards.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Forms;

/// <summary>Marks Forms/FormTexts.resx: what the form engine says and its cards show, whatever the form.</summary>
public sealed class FormTexts
{
    public static FormLabels Labels(IStringLocalizer<FormTexts> texts) => new()
    {
        QuestionOf = texts["QuestionOf"],
        Optional = texts["Optional"],
        AnswerSoFar = texts["AnswerSoFar"],
        ChooseOne = texts["ChooseOne"],
        ChooseSeveral = texts["ChooseSeveral"],
        ChooseAtLeastOne = texts["ChooseAtLeastOne"],
        NeedsAnswer = texts["NeedsAnswer"],
        Yes = texts["Yes"],
        No = texts["No"],
        RatingPoor = texts["RatingPoor"],
        RatingExcellent = texts["RatingExcellent"],
        Next = texts["Next"],
        Back = texts["Back"],
        Skip = texts["Skip"],
        Later = texts["Later"],
        Cancel = texts["Cancel"],
        Continue = texts["Continue"],
        Preview = texts["Preview"],
        CheckAnswers = texts["CheckAnswers"],
        SendAnswers = texts["SendAnswers"],
        Recorded = texts["Recorded"],
        AnswersSoFar = texts["AnswersSoFar"],
        ChangeAnswers = texts["ChangeAnswers"],
        ContinueQuestion = texts["ContinueQuestion"],
        ContinueHint = texts["ContinueHint"],
    };
}
