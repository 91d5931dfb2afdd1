namespace CollabBot.Dialogs.Conversation;

/// <summary>A chat command. Register it in the container; the command table and the help card pick it up.</summary>
public interface ICommand
{
    CommandInfo Info { get; }

    /// <param name="argument">The text after the phrasing, empty when there is none.</param>
    Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken);
}
