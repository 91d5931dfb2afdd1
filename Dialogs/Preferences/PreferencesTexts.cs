using CollabBot.Cards.Preferences;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Preferences;

/// <summary>Marks Preferences/PreferencesTexts.resx: the preferences card and what saving it says.</summary>
public sealed class PreferencesTexts
{
    public static PreferencesLabels Labels(IStringLocalizer<PreferencesTexts> texts) => new()
    {
        Heading = texts["Heading"],
        Messages = texts["Messages"],
        AlwaysSent = texts["AlwaysSent"],
        Language = texts["Language"],
        Save = texts["Save"],
    };
}
