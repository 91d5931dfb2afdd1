using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Members;

namespace CollabBot.Tests.Support;

/// <summary>Texts tests look for in what an English-speaking member is told.</summary>
public static class English
{
    public static string HelpHeading => Texts.English<HelpTexts>("HelpHeading");

    public static string NotUnderstood => Texts.English<HelpTexts>("HelpNotUnderstood");

    public static string WelcomeHeading => Texts.English<HelpTexts>("WelcomeHeading");

    public static string ProfileHeading => Texts.English<MemberTexts>("ProfileHeading");

    public static string StaffOnly => Texts.English<ConversationTexts>("StaffOnly");

    public static string Recorded => Texts.English<FormTexts>("Recorded");
}
