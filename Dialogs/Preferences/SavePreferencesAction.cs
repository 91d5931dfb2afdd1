using CollabBot.Cards.Preferences;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Localization;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Preferences;

/// <summary>
/// Saves the preferences card: the kinds of message the member declines, and their language, which applies at once (the
/// reply is already in it). A card that did not send every choice, or sent one that is not the card's, changes nothing.
/// </summary>
public sealed class SavePreferencesAction(IMemberStore members, IStringLocalizer<PreferencesTexts> texts) : ICardAction
{
    public string Verb => PreferencesCard.SaveVerb;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (Read(submit) is not { } chosen)
        {
            turn.Say(texts["CardIncomplete"]);
            return;
        }
        MemberRecord? before = null;
        var saved = await members.UpdateAsync(turn.Sender.Id, record =>
        {
            before = record;
            var changed = record with { Declined = chosen.Declined, Language = chosen.Language };
            return changed == record ? null : changed;
        }, cancellationToken);
        if (saved is null || before is null)
        {
            turn.Say(texts["UnknownMember"]);
            return;
        }
        using (MemberCulture.Use(saved.SpeaksIn))
        {
            turn.Say(Confirmation(before, saved));
        }
    }

    /// <summary>The topics declined and the language (null: Teams'), or null when a choice is missing or unknown.</summary>
    private static (IReadOnlyList<MessageTopic> Declined, string? Language)? Read(CardSubmit submit)
    {
        var declined = new List<MessageTopic>();
        foreach (var topic in MessageTopics.Optional)
        {
            switch (submit[PreferencesCard.TopicInput(topic.ToString())])
            {
                case PreferencesCard.Wanted:
                    break;
                case PreferencesCard.NotWanted:
                    declined.Add(topic);
                    break;
                default:
                    return null;
            }
        }
        return submit[PreferencesCard.LanguageInput] switch
        {
            PreferencesCard.AutomaticLanguage => (declined, null),
            { } language when MemberCulture.Languages.Contains(language) => (declined, language),
            _ => null,
        };
    }

    // In the member's (new) language: the language first when it changed, then what they will get.
    private string Confirmation(MemberRecord before, MemberRecord saved)
    {
        var said = new List<string>();
        if (saved.Language != before.Language)
        {
            said.Add(saved.Language is null ? texts["LanguageFollowsTeams"] : texts["LanguageChosen"]);
        }
        List<string> wanted = [.. MessageTopics.Optional.Where(saved.Wants).Select(t => texts["Get" + t].Value)];
        said.Add(wanted switch
        {
            [] => texts["SavedOnlyAlways"],
            [var one] => texts["Saved", one],
            _ => texts["Saved", $"{string.Join(", ", wanted.SkipLast(1))} {texts["And"]} {wanted[^1]}"],
        });
        return string.Join(" ", said);
    }
}
