using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Members;

/// <summary>What the registry holds about a person; the record is theirs (keyed by their id).</summary>
/// <param name="Locale">The locale their Teams client last sent.</param>
/// <param name="Address">Where to reach them proactively: an opaque serialised conversation reference.</param>
public sealed record MemberRecord(
    MemberId Id,
    string Name,
    string Locale,
    string? Address,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    /// <summary>Recorded for staff look-ups; the authority for a role is the configured staff list.</summary>
    public Role Role { get; init; }

    public string? UserGroup { get; init; }

    public string? RequestedUserGroup { get; init; }

    public string? UserGroupConfirmedBy { get; init; }

    /// <summary>
    /// The e-mail address and sign-in name Teams gave when the member first spoke to the bot, in lower case (null when
    /// Teams would not say): how a nominee is recognised as a member.
    /// </summary>
    public string? Email { get; init; }

    public string? SignInName { get; init; }

    /// <summary>Teams was asked for <see cref="Email"/> and <see cref="SignInName"/> (once per member).</summary>
    public bool SignInLookedUp { get; init; }

    /// <summary>The language the member chose on their profile ("fr"); null follows their Teams locale.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<CollabBot.Dialogs.Delivery.MessageTopic> Declined { get; init; } = [];

    public bool Wants(CollabBot.Dialogs.Delivery.MessageTopic topic) => topic == CollabBot.Dialogs.Delivery.MessageTopic.None || !Declined.Contains(topic);

    /// <summary>The locale the bot speaks to them in: their chosen language, else their Teams locale.</summary>
    public string SpeaksIn => Language ?? Locale;
}
