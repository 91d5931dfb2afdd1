using CollabBot.Dialogs.Conversation;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace CollabBot.Bot.Teams;

/// <summary>Who sent an activity, and from which tenant, as the channel tells it.</summary>
public static class SenderIdentity
{
    public static string? TenantOf(IActivity activity) =>
        activity.Conversation?.TenantId is { Length: > 0 } tenant ? tenant
        : activity.ChannelId == Channels.Msteams ? ChannelDataTenant(activity)
        : null;

    public static MemberId IdOf(IActivity activity) => activity.ChannelId == Channels.Emulator
        ? new MemberId(MemberId.EmulatorTenant, activity.From.Id)
        : new MemberId(TenantOf(activity) ?? "unknown", activity.From.AadObjectId is { Length: > 0 } aad ? aad : activity.From.Id);

    public static ConversationKind KindOf(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };

    /// <summary>The locale the client sent, when it looks like one ("fr-CH"); anything else is ignored.</summary>
    public static string? LocaleOf(Activity activity) =>
        activity.Locale is { Length: > 1 and <= 35 } locale && locale.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? locale : null;

    private static string? ChannelDataTenant(IActivity activity)
    {
        try
        {
            return activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException or InvalidCastException)
        {
            return null; // channel data of another shape: no tenant
        }
    }
}
