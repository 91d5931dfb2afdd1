using CollabBot.Cards.Model;
using CollabBot.Cards.Preferences;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Preferences;

/// <summary>"my preferences": which kinds of message the member wants, and the language the bot speaks with them.</summary>
public sealed class PreferencesCommand(IMemberStore members, IStringLocalizer<PreferencesTexts> texts) : ICommand
{
    public const string Name = "preferences";

    /// <summary>Each language by its own name, as its speakers look for it.</summary>
    private static readonly (string Code, string Name)[] Languages = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("de", "Deutsch")];

    public CommandInfo Info { get; } = new(Name, Role.Member,
        ["preferences", "my preferences", "settings", "my settings", "mes preferences", "parametres", "mes parametres",
            "preferencias", "mis preferencias", "ajustes", "mis ajustes", "einstellungen", "meine einstellungen"])
    {
        Help = new(texts, "Preferences"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        turn.Show(Card(await members.FindAsync(turn.Sender.Id, cancellationToken)));

    /// <summary>The card as the member's record stands (someone not registered yet wants everything, in Teams' language).</summary>
    private AdaptiveCard Card(MemberRecord? record) => PreferencesCard.Build(new PreferencesView(
            [.. MessageTopics.Optional.Select(t => new TopicChoice(t.ToString(), texts["Topic" + t], record?.Wants(t) ?? true))],
            record?.Language ?? PreferencesCard.AutomaticLanguage,
            [(PreferencesCard.AutomaticLanguage, texts["TeamsLanguage"]), .. Languages]),
        PreferencesTexts.Labels(texts));
}
