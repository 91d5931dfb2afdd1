namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// What a conversation remembers between turns. Saved once at the end of each turn, with its ETag.
/// Plain settable properties: the state store serialises it as JSON.
/// </summary>
public sealed class ConversationData
{
    public const int RememberedActivities = 32;

    /// <summary>Ids of the activities already answered, newest last: a re-delivery of one is dropped.</summary>
    public List<string> AnsweredActivityIds { get; set; } = [];

    /// <summary>The form in progress, if any (surveys; later nominations and questions).</summary>
    public Forms.FormCursor? Form { get; set; }

    public bool HasAnswered(string activityId) => AnsweredActivityIds.Contains(activityId);

    public void MarkAnswered(string activityId)
    {
        if (HasAnswered(activityId))
        {
            return;
        }
        AnsweredActivityIds.Add(activityId);
        if (AnsweredActivityIds.Count > RememberedActivities)
        {
            AnsweredActivityIds.RemoveRange(0, AnsweredActivityIds.Count - RememberedActivities);
        }
    }
}
