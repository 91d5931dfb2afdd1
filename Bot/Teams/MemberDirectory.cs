using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
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
public sealed partial class MemberDirectory(IMemberStore store, IOptions<CollabOptions> options, TimeProvider clock, ILogger<MemberDirectory> logger)
{
    private static readonly TimeSpan SignInLookupTimeout = TimeSpan.FromSeconds(3);

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
        if (!record.SignInLookedUp)
        {
            record = await LookUpSignInAsync(turnContext, record, cancellationToken);
        }
        return new Member(id, record.Name, role, record.SpeaksIn, record.UserGroup, record.RequestedUserGroup);
    }

    /// <summary>
    /// Asks Teams once for the member's e-mail address and sign-in name (how a nominee is recognised as a member). Teams
    /// may not say (another channel, a guest): the member is then simply not recognised, and not asked again.
    /// </summary>
    private async Task<MemberRecord> LookUpSignInAsync(ITurnContext turnContext, MemberRecord record, CancellationToken cancellationToken)
    {
        string? email = null, signIn = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(SignInLookupTimeout);
            var account = await TeamsInfo.GetMemberAsync(turnContext, turnContext.Activity.From.Id, timeout.Token);
            email = Lower(account?.Email);
            signIn = Lower(account?.UserPrincipalName);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogNoSignIn(logger, e.GetType().Name);
        }
        return await store.UpdateAsync(record.Id, r => r.SignInLookedUp ? null : r with { Email = email, SignInName = signIn, SignInLookedUp = true },
            cancellationToken) ?? record;
    }

    private static string? Lower(string? text) => string.IsNullOrWhiteSpace(text) || text.Length > 320 ? null : text.Trim().ToLowerInvariant();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Teams did not give the member's sign-in name ({Error})")]
    private static partial void LogNoSignIn(ILogger logger, string error);

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
