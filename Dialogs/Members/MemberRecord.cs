using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Members;

/// <summary>What the registry holds about a person; the record is theirs (keyed by their id).</summary>
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
}
