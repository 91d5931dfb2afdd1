using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Surveys;

/// <summary>Two members in different user groups and a member of staff, as survey tests know them.</summary>
public static class KnownPeople
{
    public static readonly Member Ada = new(new MemberId("t1", "ada"), "Ada Member", Role.Member, "en-US", "PIUG");
    public static readonly Member Bob = new(new MemberId("t1", "bob"), "Bob Member", Role.Member, "en-US", "CEPIUG");
    public static readonly Member Sam = new(new MemberId("t1", ChatHarness.StaffObjectId), "Sam Staff", Role.Staff, "en-US");

    /// <summary>Registers Ada, Bob and Sam as if each had spoken to the bot: campaigns reach them.</summary>
    public static ChatHarness WithKnownPeople(this ChatHarness chat)
    {
        chat.Members.Add(Ada);
        chat.Members.Add(Bob);
        chat.Members.Add(Sam);
        return chat;
    }
}
