using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;

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
    /// Staff confirmed that the member represents <see cref="UserGroup"/> (they answer consultations on its behalf); lost
    /// when their group changes.
    /// </summary>
    public bool RepresentsGroup { get; init; }

    /// <summary>The member said on their profile that they represent their group (the one requested, else the confirmed one): staff confirm it.</summary>
    public bool RepresentationRequested { get; init; }

    /// <summary>Whether staff have something of this member's to confirm: a user group, or that they represent it.</summary>
    public bool AwaitsConfirmation => RequestedUserGroup is not null || RepresentationRequested;

    /// <summary>Whether the member is the confirmed representative of one of these groups.</summary>
    public bool Represents(IEnumerable<string> groups) => RepresentsGroup && UserGroup is { } group && groups.Contains(group, StringComparer.Ordinal);

    /// <summary>
    /// The e-mail address and sign-in name Teams gave when the member first spoke to the bot, in lower case (null when
    /// Teams would not say): how a nominee is recognised as a member.
    /// </summary>
    public string? Email { get; init; }

    public string? SignInName { get; init; }

    /// <summary>Teams was asked for <see cref="Email"/> and <see cref="SignInName"/> (once per member).</summary>
    public bool SignInLookedUp { get; init; }

    /// <summary>The language the member chose on their preferences ("fr"); null follows their Teams locale.</summary>
    public string? Language { get; init; }

    /// <summary>The locale the bot speaks to them in: their chosen language, else their Teams locale.</summary>
    public string SpeaksIn => Language ?? Locale;

    /// <summary>The kinds of message the member declined on their preferences (a set: see <see cref="MessageTopics.Set"/>).</summary>
    public IReadOnlyList<MessageTopic> Declined { get; init => field = MessageTopics.Set(value); } = MessageTopics.Set([]);

    /// <summary>Whether a message of this kind goes to the member (one of no kind always does).</summary>
    public bool Wants(MessageTopic topic) => topic == MessageTopic.None || !Declined.Contains(topic);
}
