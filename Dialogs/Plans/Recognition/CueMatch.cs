namespace CollabBot.Dialogs.Plans.Recognition;

internal readonly record struct CueMatch(CueKind Kind, string Phrase, int Start, int Length);
