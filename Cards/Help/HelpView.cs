namespace CollabBot.Cards.Help;

public sealed record HelpView(bool NotUnderstood, IReadOnlyList<HelpEntry> MemberCommands, IReadOnlyList<HelpEntry> StaffCommands);

/// <param name="Command">The command's name, sent back when its button is pressed.</param>
public sealed record HelpEntry(string Command, string Title, string Description, string Typed);
