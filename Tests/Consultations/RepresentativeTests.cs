using CollabBot.Cards.Members;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Consultations;

/// <summary>
/// A member says on their profile that they represent their user group; staff confirm it where they confirm user groups; a
/// member whose group changes, or who says they no longer represent it, loses the role.
/// </summary>
public sealed class RepresentativeTests
{
    [Fact]
    public async Task AMemberAsksToRepresentTheirGroupAndStaffConfirmIt()
    {
        using var chat = Start();
        var profile = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "profile"))).Card;
        var toggle = profile.Body.OfType<ToggleInput>().Single();
        Assert.Equal(("representsGroup", "false"), (toggle.Id, toggle.Value));

        var said = await chat.PressesAsync(Ada, ProfileCard.SaveVerb, (ProfileCard.GroupInput, "PIUG"), (ProfileCard.RepresentsInput, "true"));

        Assert.Equal("You are already confirmed as a member of **PIUG**. WIPO staff will also confirm that you represent **PIUG**.", Assert.Single(said).Shown());
        Assert.False((await RecordAsync(chat, Ada)).RepresentsGroup);
        var pending = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "pending groups"))).Card;
        Assert.Contains("**Ada Lovelace** — represents PIUG", pending.AllText(), StringComparison.Ordinal);

        var confirmed = await chat.PressesAsync(Sam, pending.Buttons().Single(b => b.Title == "Confirm"));

        Assert.Contains("Confirmed Ada Lovelace as the representative of PIUG.", Assert.Single(confirmed).Shown(), StringComparison.Ordinal);
        var record = await RecordAsync(chat, Ada);
        Assert.True(record is { RepresentsGroup: true, RepresentationRequested: false, UserGroup: "PIUG" });
        Assert.Contains("confirmed that you represent **PIUG**", chat.DeliveredTo(Ada).Shown(), StringComparison.Ordinal);
        var after = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Ada, "profile"))).Card;
        Assert.Contains("You are the confirmed representative of **PIUG**.", after.AllText(), StringComparison.Ordinal);
        Assert.Equal("true", after.Body.OfType<ToggleInput>().Single().Value);
    }

    [Theory]
    [InlineData("Confirm as representative", true, "confirmed that you represent **PDG**")]
    [InlineData("Confirm as member only", false, "They did not confirm you as the representative of **PDG**.")]
    public async Task ANewGroupAskedForAsItsRepresentativeIsConfirmedWithOrWithoutTheRole(string button, bool represents, string told)
    {
        using var chat = Start();
        var newcomer = new Member(new MemberId(Tenant, "nina"), "Nina New", Role.Member, "en-US");
        chat.Members.Add(newcomer);
        await chat.PressesAsync(newcomer, ProfileCard.SaveVerb, (ProfileCard.GroupInput, "PDG"), (ProfileCard.RepresentsInput, "true"));
        var pending = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "pending groups"))).Card;
        Assert.Contains("**Nina New** — PDG, as its representative", pending.AllText(), StringComparison.Ordinal);

        await chat.PressesAsync(Sam, pending.Buttons().Single(b => b.Title == button));

        var record = await RecordAsync(chat, newcomer);
        Assert.Equal(("PDG", represents, false), (record.UserGroup, record.RepresentsGroup, record.RepresentationRequested));
        var notice = Assert.Single(chat.DeliveredTo(newcomer)).Shown();
        Assert.StartsWith("WIPO staff confirmed that you belong to **PDG**.", notice, StringComparison.Ordinal);
        Assert.Contains(told, notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepresentativeWhoseGroupChangesLosesTheRole()
    {
        using var chat = Start();
        await chat.MakeRepresentativeAsync(Ada);

        await chat.PressesAsync(Ada, ProfileCard.SaveVerb, (ProfileCard.GroupInput, "CEPIUG"));
        Assert.True((await RecordAsync(chat, Ada)).RepresentsGroup, "still PIUG's representative until staff confirm the new group");
        var pending = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "pending groups"))).Card;
        await chat.PressesAsync(Sam, pending.Buttons().Single(b => b.Title == "Confirm"));

        var record = await RecordAsync(chat, Ada);
        Assert.Equal(("CEPIUG", false), (record.UserGroup, record.RepresentsGroup));
    }

    [Fact]
    public async Task SayingSoEndsTheRoleAtOnceAndAnOldConfirmButtonThenDoesNothing()
    {
        using var chat = Start();
        await chat.PressesAsync(Ada, ProfileCard.SaveVerb, (ProfileCard.GroupInput, "PIUG"), (ProfileCard.RepresentsInput, "true"));
        var pending = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "pending groups"))).Card;

        var said = await chat.PressesAsync(Ada, ProfileCard.SaveVerb, (ProfileCard.GroupInput, "PIUG"), (ProfileCard.RepresentsInput, "false"));
        var late = await chat.PressesAsync(Sam, pending.Buttons().Single(b => b.Title == "Confirm"));

        Assert.Contains("You no longer represent your user group.", Assert.Single(said).Shown(), StringComparison.Ordinal);
        Assert.Contains("That request was already handled.", Assert.Single(late).Shown(), StringComparison.Ordinal);
        Assert.False((await RecordAsync(chat, Ada)).RepresentsGroup);
        Assert.Empty(chat.DeliveredTo(Ada));
    }

    [Fact]
    public async Task AMemberCannotConfirmThemselves()
    {
        using var chat = Start();
        await chat.PressesAsync(Ada, ProfileCard.SaveVerb, (ProfileCard.GroupInput, "PIUG"), (ProfileCard.RepresentsInput, "true"));

        var replies = await chat.PressesAsync(Ada, PendingGroupsCard.ConfirmVerb, (PendingGroupsCard.TenantKey, Tenant),
            (PendingGroupsCard.MemberKey, "ada"), (PendingGroupsCard.GroupKey, "PIUG"), (PendingGroupsCard.RepresentKey, "1"));

        Assert.Equal(English.StaffOnly, Assert.Single(replies).Shown());
        Assert.False((await RecordAsync(chat, Ada)).RepresentsGroup);
    }

    internal static async Task<MemberRecord> RecordAsync(ChatHarness chat, Member member) =>
        await chat.Members.FindAsync(member.Id, default) ?? throw new InvalidOperationException($"{member.Name} is not registered.");
}
