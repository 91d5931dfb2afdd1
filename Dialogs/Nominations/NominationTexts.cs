namespace CollabBot.Dialogs.Nominations;

/// <summary>Marks Nominations/NominationTexts.resx: what the nominations feature says to members.</summary>
public sealed class NominationTexts;
