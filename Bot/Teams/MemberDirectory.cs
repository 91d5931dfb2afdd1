using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace CollabBot.Bot.Teams;

/// <summary>
/// Resolves the sender of an activity to a member (role from the staff list, confirmed user group, locale)
/// and keeps their registry record fresh: created on install or first message, the personal-chat address
/// updated when it changes. Most turns cost one cache hit and no write.
/// </summary>
public sealed class MemberDirectory(IMemberStore store, IOptions<CollabOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromHours(12);

    public async Task<Member> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var id = SenderIdentity.IdOf(activity);
        var role = options.Value.IsStaff(id.ObjectId) ? Role.Staff : Role.Member;
        var locale = string.IsNullOrWhiteSpace(activity.Locale) ? null : activity.Locale;
        var name = activity.From.Name ?? "";
        var now = clock.GetUtcNow();
        var address = SenderIdentity.KindOf(activity) == ConversationKind.Personal
            ? JsonConvert.SerializeObject(activity.GetConversationReference())
            : null;

        var record = await store.FindAsync(id, cancellationToken);
        var updated = record is null
            ? new MemberRecord(id, name, locale ?? "en-US", address, now, now) { Role = role }
            : record with
            {
                Name = name.Length > 0 ? name : record.Name,
                Locale = locale ?? record.Locale,
                Address = address ?? record.Address,
                Role = role,
                LastSeen = now - record.LastSeen > LastSeenResolution ? now : record.LastSeen,
            };
        if (updated != record)
        {
            await store.SaveAsync(updated, cancellationToken);
        }
        return new Member(id, updated.Name, role, updated.Locale, updated.UserGroup, updated.RequestedUserGroup);
    }
}
