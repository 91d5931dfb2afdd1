namespace CollabBot.Dialogs.Questions;

/// <summary>
/// A feature whose cards live in the staff channel (question tickets, nominations under review): when staff set a new
/// channel, it posts its open cards there again.
/// </summary>
public interface IStaffChannelCards
{
    /// <summary>Posts the open cards to the channel.</summary>
    /// <returns>What follows, for the reply ("the 2 open questions") and how many, or null when nothing is open.</returns>
    Task<(string Phrase, int Count)?> PostOpenAsync(StaffChannel channel, CancellationToken cancellationToken);
}
