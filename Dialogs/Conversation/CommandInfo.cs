namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// A chat command as the command table and the help card know it.
/// </summary>
/// <param name="Name">Stable id, sent by card buttons that run the command.</param>
/// <param name="Title">Button label on the help card.</param>
/// <param name="Phrasings">What a user may type, in every language we speak, matched after normalisation.</param>
/// <param name="TakesArgument">Whether text may follow the phrasing ("follow PATENTSCOPE").</param>
public sealed record CommandInfo(
    string Name,
    string Title,
    string Description,
    Role Required,
    IReadOnlyList<string> Phrasings,
    bool TakesArgument = false,
    bool ShowInHelp = true);
