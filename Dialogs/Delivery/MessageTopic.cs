namespace CollabBot.Dialogs.Delivery;

public enum MessageTopic { None, Newsletters, ProductNews, SurveyReminders }
