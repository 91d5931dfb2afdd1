namespace CollabBot.Bot.Delivery;

/// <summary>Where a broadcast's progress card is, once the bot has sent it: the card is then kept up to date.</summary>
public interface IProgressCards
{
    Task TrackAsync(string broadcastId, string address, string activityId, CancellationToken cancellationToken);
}
