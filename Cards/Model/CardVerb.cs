namespace CollabBot.Cards.Model;

/// <summary>The payload of a card button: a verb that names the feature action, and its arguments.</summary>
public static class CardVerb
{
    public const string Key = "verb";

    /// <summary>A button that runs a chat command, as if the user had typed it.</summary>
    public const string RunCommand = "command.run";
    public const string CommandKey = "command";
    public const string ArgumentKey = "argument";

    public static SubmitAction Button(string title, string verb, params (string Key, string Value)[] args)
    {
        var data = new Dictionary<string, string> { [Key] = verb };
        foreach (var (key, value) in args)
        {
            data[key] = value;
        }
        return new SubmitAction(title, data);
    }

    public static SubmitAction Command(string title, string command) =>
        Button(title, RunCommand, (CommandKey, command)) with { AssociatedInputs = "none" };

    /// <summary>A button that runs a command with the text that would follow it ("ask a question" and what the member typed).</summary>
    public static SubmitAction Command(string title, string command, string argument) =>
        Button(title, RunCommand, (CommandKey, command), (ArgumentKey, argument)) with { AssociatedInputs = "none" };
}
