using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Plans;

/// <summary>
/// A member asked about a product that has no published plans and chose to send the question to staff.
/// The record is the asker's (keyed by their id); the questions feature picks these up.
/// </summary>
public sealed record PlanQuestion(MemberId Asker, string ProductId, string ProductName, DateTimeOffset At);

public interface IPlanQuestions
{
    /// <returns>False when this member had already asked about this product (nothing is written twice).</returns>
    Task<bool> RecordAsync(PlanQuestion question, CancellationToken cancellationToken);
}
