using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Consultations;

/// <summary>What consultation tests do in a <see cref="ChatHarness"/> with the Round Table people.</summary>
public static class ConsultationChat
{
    /// <summary>The member asks to represent their confirmed group and staff confirm it from the pending-groups card.</summary>
    public static async Task MakeRepresentativeAsync(this ChatHarness chat, Member member)
    {
        await chat.PressesAsync(member, ProfileCard.SaveVerb, (ProfileCard.GroupInput, member.UserGroup!), (ProfileCard.RepresentsInput, "true"));
        await chat.PressesAsync(Sam, PendingGroupsCard.ConfirmVerb, (PendingGroupsCard.TenantKey, member.Id.TenantId),
            (PendingGroupsCard.MemberKey, member.Id.ObjectId), (PendingGroupsCard.GroupKey, member.UserGroup!), (PendingGroupsCard.RepresentKey, "1"));
        Assert.True((await RepresentativeTests.RecordAsync(chat, member)).RepresentsGroup, $"{member.Name} should now represent {member.UserGroup}");
        chat.Notifier.Sent.Clear();
    }

}
