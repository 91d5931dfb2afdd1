namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// A person: their Microsoft Entra tenant and object id. On the Bot Framework Emulator's channel, which has
/// neither, the tenant is "emulator" and the object id is the channel's user id.
/// </summary>
public readonly record struct MemberId(string TenantId, string ObjectId)
{
    public const string EmulatorTenant = "emulator";

    public override string ToString() => $"{TenantId}/{ObjectId}";
}
