namespace CollabBot.Dialogs.Plans.Recognition;

public enum CueKind
{
    /// <summary>Asks about plans even without a known product ("what's planned for FooTool?" → plans, no product).</summary>
    PlansStrong,

    /// <summary>Too common to mean "plans" on its own ("news", "changes", "when will"); counts only next to a product.</summary>
    PlansWeak,

    /// <summary>"What's new": recent changes across products, or that product's plans when a product is named.</summary>
    WhatsNew,
    Follow,
    Unfollow,
    Subscriptions,

    /// <summary>Says when, not what ("since the last meeting"): keeps its words from counting as a topic, decides nothing.</summary>
    Time,

    /// <summary>The message is about something else (nominations, surveys, round tables, training...): always None.</summary>
    OtherTopic,

    /// <summary>A problem report (outage, bug, login): always None, and nothing offers plans in reply.</summary>
    Problem,
}
