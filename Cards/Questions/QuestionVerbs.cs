namespace CollabBot.Cards.Questions;

/// <summary>The verbs and keys of the question cards' buttons.</summary>
public static class QuestionVerbs
{
    /// <summary>Start asking (with the text or product the button carries filled in).</summary>
    public const string Ask = "question.ask";
    public const string MeToo = "question.meToo";
    public const string SendMine = "question.sendMine";

    // Staff, on the ticket card (and "open questions", which brings one up).
    public const string Show = "question.show";
    public const string Take = "question.take";
    public const string Assign = "question.assign";
    public const string AnswerIt = "question.answer";
    public const string Agenda = "question.agenda";
    public const string Merge = "question.merge";
    public const string Close = "question.close";
    public const string RecordOutcome = "question.outcome";

    // Staff: meetings and their minutes.
    public const string SaveMeeting = "meeting.save";
    public const string SendMinutes = "meeting.sendMinutes";
    public const string ExportMinutes = "meeting.exportMinutes";
    public const string FormatKey = "format";

    public const string MeetingKey = "meeting";
    public const string NumberKey = "number";
    public const string DraftKey = "draft";
    public const string TextKey = "text";
    public const string ProductKey = "product";

    public const string AssigneeInput = "assignee";
    public const string AnswerInput = "answerText";
    public const string PublishInput = "publish";
    public const string MergeIntoInput = "mergeInto";
    public const string OutcomeInput = "outcome";
    public const string OutcomeTextInput = "outcomeText";
    public const string FollowUpOwnerInput = "followUpOwner";
    public const string FollowUpDueInput = "followUpDue";

    public const string NameInput = "meetingName";
    public const string DateInput = "meetingDate";
    public const string OpensInput = "meetingOpens";
    public const string ClosesInput = "meetingCloses";
    public const string TopicsInput = "meetingTopics";
}
