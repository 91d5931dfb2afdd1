namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// A stage that text passes through, lowest <see cref="Order"/> first: the form in progress, then the
/// command table, then intent routing. Text no stage takes gets the help card.
/// </summary>
public interface IMessageHandler
{
    int Order { get; }

    /// <returns>Whether the text was answered.</returns>
    Task<bool> TryHandleAsync(Turn turn, CancellationToken cancellationToken);
}

public static class MessageHandlerOrder
{
    public const int Form = 100;
    public const int Commands = 200;
    public const int Intents = 300;
}
