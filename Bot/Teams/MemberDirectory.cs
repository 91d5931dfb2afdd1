using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace CollabBot.Bot.Teams;

/// <summary>
/// Resolves the sender of an activity to a member (role from the staff list, confirmed user group, language)
/// and keeps their registry record fresh: created on install or first message; name, locale, personal-chat
/// address and last-seen day written only when one of them changed, as a change to the stored record (so a
/// concurrent write made elsewhere, such as a staff confirmation, is never undone). Most turns cost one read.
/// </summary>
public sealed class MemberDirectory(IMemberStore store, IOptions<CollabOptions> options, TimeProvider clock)
{
    /// <summary>Longer display names are cut: the name is shown on cards and kept in the member's record.</summary>
    public const int MaxNameLength = 200;

    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromHours(12);

    public async Task<Member> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var id = SenderIdentity.IdOf(activity);
        var role = options.Value.IsStaff(id.ObjectId) ? Role.Staff : Role.Member;
        var seen = new Seen(Shorten(activity.From.Name), SenderIdentity.LocaleOf(activity),
            SenderIdentity.KindOf(activity) == ConversationKind.Personal ? AddressOf(activity) : null, role, clock.GetUtcNow());

        var record = await store.FindAsync(id, cancellationToken);
        if (record is null)
        {
            record = new MemberRecord(id, seen.Name, seen.Locale ?? "en-US", seen.Address, seen.At, seen.At) { Role = role };
            if (!await store.AddAsync(record, cancellationToken))
            {
                record = await store.UpdateAsync(id, seen.ApplyTo, cancellationToken) ?? record;
            }
        }
        else if (seen.ApplyTo(record) is not null)
        {
            record = await store.UpdateAsync(id, seen.ApplyTo, cancellationToken) ?? record;
        }
        return new Member(id, record.Name, role, record.SpeaksIn, record.UserGroup, record.RequestedUserGroup);
    }

    /// <summary>
    /// Where to reach the member later. The id of the activity being answered is left out: it changes with every
    /// message, and would make every turn rewrite the record.
    /// </summary>
    public static string AddressOf(IActivity activity)
    {
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        reference.Locale = null;
        return JsonConvert.SerializeObject(reference);
    }

    private static string Shorten(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name.Length <= MaxNameLength ? name : name[..MaxNameLength];

    /// <summary>What this activity says about its sender, as a change to their record (null when nothing changed).</summary>
    private sealed record Seen(string Name, string? Locale, string? Address, Role Role, DateTimeOffset At)
    {
        public MemberRecord? ApplyTo(MemberRecord record)
        {
            var updated = record with
            {
                Name = Name.Length > 0 ? Name : record.Name,
                Locale = Locale ?? record.Locale,
                Address = Address ?? record.Address,
                Role = Role,
                LastSeen = At - record.LastSeen > LastSeenResolution ? At : record.LastSeen,
            };
            return updated == record ? null : updated;
        }
    }
}
