using CollabBot.Cards.Model;

namespace CollabBot.Cards.Preferences;

/// <summary>"my preferences": a toggle for each kind of message the member may decline, and their language.</summary>
public static class PreferencesCard
{
    public const string SaveVerb = "preferences.save";
    public const string LanguageInput = "language";

    /// <summary>The language choice that follows the member's Teams language.</summary>
    public const string AutomaticLanguage = "auto";

    /// <summary>What a toggle sends: the member wants that kind of message, or not.</summary>
    public const string Wanted = "true";
    public const string NotWanted = "false";

    /// <summary>The toggle of a kind of message ("topic.Newsletters").</summary>
    public static string TopicInput(string topic) => "topic." + topic;

    public static AdaptiveCard Build(PreferencesView view, PreferencesLabels labels) =>
        new(
        [
            TextBlock.Heading(labels.Heading),
            new TextBlock(labels.Messages) { Weight = TextWeight.Bolder },
            .. view.Topics.Select(t => (CardElement)new ToggleInput(t.Title)
            {
                Id = TopicInput(t.Topic),
                Value = t.Wanted ? Wanted : NotWanted,
                ValueOn = Wanted,
                ValueOff = NotWanted,
            }),
            new TextBlock(labels.AlwaysSent) { IsSubtle = true, Size = TextSize.Small },
            new ChoiceSetInput([.. view.Languages.Select(l => new Choice(l.Name, l.Code))])
            {
                Id = LanguageInput,
                Label = labels.Language,
                Value = view.Language,
                Style = ChoiceStyle.Compact,
                Spacing = Spacing.Medium,
            },
        ],
        [CardVerb.Button(labels.Save, SaveVerb)])
        { FallbackText = labels.Heading };
}
