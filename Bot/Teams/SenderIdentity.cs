using CollabBot.Dialogs.Conversation;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace CollabBot.Bot.Teams;

/// <summary>Who sent an activity, and from which tenant, as the channel tells it.</summary>
public static class SenderIdentity
{
    public static string? TenantOf(IActivity activity) =>
        activity.Conversation?.TenantId
        ?? (activity.ChannelId == Channels.Msteams ? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id : null);

    public static MemberId IdOf(IActivity activity) => activity.ChannelId == Channels.Emulator
        ? new MemberId(MemberId.EmulatorTenant, activity.From.Id)
        : new MemberId(TenantOf(activity) ?? "unknown", activity.From.AadObjectId ?? activity.From.Id);

    public static ConversationKind KindOf(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };
}
