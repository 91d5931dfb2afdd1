namespace CollabBot.Dialogs.Conversation;

/// <summary>What a card button with this verb does. Register it in the container.</summary>
public interface ICardAction
{
    string Verb { get; }

    Role Required { get; }

    Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken);
}
