namespace CollabBot.Cards.Consultations;

public static class ConsultationVerbs
{
    public const string Send = "consultation.send";
    public const string Status = "consultation.status";
    public const string Open = "consultation.open";
    public const string Close = "consultation.close";
    public const string Export = "consultation.export";
    public const string Answer = "consultation.answer";

    public const string NumberKey = "consultation";
    public const string FormatKey = "format";

    public const string TitleInput = "consultationTitle";
    public const string TextInput = "consultationText";
    public const string DateInput = "deadlineDate";
    public const string TimeInput = "deadlineTime";
    public const string GroupsInput = "consultationGroups";
    public const string AnswerInput = "consultationAnswer";
}
