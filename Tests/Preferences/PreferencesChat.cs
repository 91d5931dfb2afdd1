using CollabBot.Cards.Model;
using CollabBot.Cards.Preferences;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Preferences;

public static class PreferencesChat
{
    /// <summary>What the preferences card sends when saved: each kind of message wanted unless declined, and the language.</summary>
    public static JObject Saved(string language, params MessageTopic[] declined)
    {
        var data = new JObject { [CardVerb.Key] = PreferencesCard.SaveVerb, [PreferencesCard.LanguageInput] = language };
        foreach (var topic in MessageTopics.Optional)
        {
            data[PreferencesCard.TopicInput(topic.ToString())] = declined.Contains(topic) ? PreferencesCard.NotWanted : PreferencesCard.Wanted;
        }
        return data;
    }

    /// <summary>The member saves their preferences card with these choices.</summary>
    public static Task<IReadOnlyList<Reply>> SavesPreferencesAsync(this ChatHarness chat, Member member, string language, params MessageTopic[] declined) =>
        chat.PressesWithAsync(member, Saved(language, declined));

    /// <summary>Presses the preferences card's button with exactly these values (a test may leave some out or garble them).</summary>
    public static Task<IReadOnlyList<Reply>> PressesWithAsync(this ChatHarness chat, Member member, JObject values) =>
        chat.PressesAsync(member, PreferencesCard.SaveVerb,
            [.. values.Properties().Where(p => p.Name != CardVerb.Key).Select(p => (p.Name, p.Value.ToString()))]);
}
