namespace CollabBot.Dialogs.Contributions;

/// <summary>Marks Contributions/ContributionTexts.resx: what the channels say to members.</summary>
public sealed class ContributionTexts;
