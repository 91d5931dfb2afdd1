namespace CollabBot.Cards.Help;

/// <param name="FirstName">Used in the greeting when known.</param>
public sealed record WelcomeView(string? FirstName, bool IsStaff, IReadOnlyList<HelpEntry> Shortcuts);
