namespace CollabBot.Cards.Newsletters;

public static class NewsletterVerbs
{
    public const string Save = "newsletter.save";
    public const string Edit = "newsletter.edit";
    public const string Duplicate = "newsletter.duplicate";
    public const string Preview = "newsletter.preview";
    public const string Audience = "newsletter.audience";
    public const string SendNow = "newsletter.send";
    public const string Schedule = "newsletter.schedule";
    public const string Cancel = "newsletter.cancel";
    public const string Status = "newsletter.status";
    public const string Export = "newsletter.export";
    public const string Read = "newsletter.read";
    public const string Helpful = "newsletter.helpful";
    public const string Reply = "newsletter.reply";
    public const string Open = "newsletter.open";
    public const string Answer = "newsletter.answer";

    public const string NumberKey = "newsletter";
    public const string ReplyKey = "reply";
    public const string LanguageKey = "language";
    public const string PreviewKey = "preview";
    public const string FormatKey = "format";
    public const string ExpandedKey = "expanded";

    public const string ImageInput = "image";
    public const string ProductsInput = "products";
    public const string AudienceInput = "audience";
    public const string GroupsInput = "groups";
    public const string DateInput = "date";
    public const string TimeInput = "time";
    public const string ReplyInput = "replyText";
    public const string AnswerInput = "answerText";

    public static string TitleInput(string language) => "title_" + language;

    public static string BodyInput(string language) => "body_" + language;

    public static string LinkTitleInput(int index) => $"link{index}Title";

    public static string LinkUrlInput(int index) => $"link{index}Url";
}
