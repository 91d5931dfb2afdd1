using CollabBot.Cards.Help;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Help;

/// <summary>Marks Help/HelpTexts.resx: the help and welcome cards.</summary>
public sealed class HelpTexts
{
    public static HelpLabels HelpLabels(IStringLocalizer<HelpTexts> texts) => new()
    {
        Heading = texts["HelpHeading"],
        Intro = texts["HelpIntro"],
        NotUnderstood = texts["HelpNotUnderstood"],
        ForStaff = texts["HelpForStaff"],
    };

    public static WelcomeLabels WelcomeLabels(IStringLocalizer<HelpTexts> texts) => new()
    {
        Heading = texts["WelcomeHeading"],
        Intro = texts["WelcomeIntro"],
        ForMembers = texts["WelcomeForMembers"],
        ForStaff = texts["WelcomeForStaff"],
        Footer = texts["WelcomeFooter"],
    };
}
