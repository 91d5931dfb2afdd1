namespace CollabBot.Dialogs.Consultations;

/// <summary>Marks Consultations/ConsultationTexts.resx: what the consultations feature says to representatives (and the help's staff commands).</summary>
public sealed class ConsultationTexts;
