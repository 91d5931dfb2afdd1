namespace CollabBot.Dialogs.Newsletters;

/// <summary>Marks Newsletters/NewsletterTexts.resx: what the newsletters feature says to members.</summary>
public sealed class NewsletterTexts;
