namespace CollabBot.Dialogs.Plans.Recognition;

public sealed record ProductName(string ProductId, string Name, IReadOnlyList<string> Aliases);
