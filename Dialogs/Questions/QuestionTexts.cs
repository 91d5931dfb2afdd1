namespace CollabBot.Dialogs.Questions;

/// <summary>Marks Questions/QuestionTexts.resx: what the Round Table questions feature says to members.</summary>
public sealed class QuestionTexts;
