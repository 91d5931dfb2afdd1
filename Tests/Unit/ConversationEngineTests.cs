using CollabBot.Cards.Help;
using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CollabBot.Tests.Unit;

public sealed class ConversationEngineTests : IDisposable
{
    private readonly ChatHarness harness = new();

    public static TheoryData<string, string> Conversation => new()
    {
        { "help", English.HelpHeading },
        { "profile", English.ProfileHeading },
        { "what is the meaning of life", "didn't understand" },
        { "", "empty message" },
        { new string('a', Turn.MaxTextLength + 1), "too long" },
        { "pending groups", English.StaffOnly },
    };

    [Theory]
    [MemberData(nameof(Conversation))]
    public async Task AnswersAMember(string utterance, string expected)
    {
        var replies = await harness.SaysAsync(TestMembers.Member(), utterance);

        Assert.Contains(expected, Assert.Single(replies).Shown());
    }

    [Fact]
    public async Task AStaffCommandRunsForStaff()
    {
        var replies = await harness.SaysAsync(TestMembers.Staff(), "pending groups");

        Assert.Contains(PendingGroupsCard.Heading, Assert.Single(replies).Shown());
    }

    [Fact]
    public async Task AStaffButtonPressedByAMemberIsRefusedAndChangesNothing()
    {
        var applicant = TestMembers.Member("applicant");
        await harness.Members.AddAsync(new MemberRecord(applicant.Id, "Ann", "en-US", null, default, default) { RequestedUserGroup = "PDG" }, default);

        var replies = await harness.PressesAsync(TestMembers.Member("forger"), PendingGroupsCard.ConfirmVerb,
            (PendingGroupsCard.TenantKey, "tenant"), (PendingGroupsCard.MemberKey, "applicant"), (PendingGroupsCard.GroupKey, "PDG"));

        Assert.Equal(English.StaffOnly, Assert.Single(replies).Shown());
        Assert.Null((await harness.Members.FindAsync(applicant.Id, default))!.UserGroup);
        Assert.Empty(harness.Notifier.Sent);
    }

    [Fact]
    public async Task ConfirmingTwiceConfirmsOnceAndTellsTheMemberOnce()
    {
        var applicant = TestMembers.Member("applicant");
        await harness.Members.AddAsync(new MemberRecord(applicant.Id, "Ann", "en-US", null, default, default) { RequestedUserGroup = "PDG" }, default);
        (string, string)[] button = [(PendingGroupsCard.TenantKey, "tenant"), (PendingGroupsCard.MemberKey, "applicant"), (PendingGroupsCard.GroupKey, "PDG")];

        await harness.PressesAsync(TestMembers.Staff(), PendingGroupsCard.ConfirmVerb, button);
        var second = await harness.PressesAsync(TestMembers.Staff("s2"), PendingGroupsCard.ConfirmVerb, button);

        Assert.Equal("PDG", (await harness.Members.FindAsync(applicant.Id, default))!.UserGroup);
        Assert.Single(harness.Notifier.Sent);
        Assert.IsType<CardUpdate>(Assert.Single(second));
        Assert.Contains("already handled", second[0].Shown());
    }

    [Fact]
    public async Task AStaffButtonPressedByAMemberWritesNothingAndSendsNothing()
    {
        var members = new Mock<IMemberStore>();
        var notifier = new Mock<INotifier>();
        using var chat = new ChatHarness(services => services.AddSingleton(members.Object).AddSingleton(notifier.Object));

        await chat.PressesAsync(TestMembers.Member("forger"), PendingGroupsCard.ConfirmVerb,
            (PendingGroupsCard.TenantKey, "tenant"), (PendingGroupsCard.MemberKey, "applicant"), (PendingGroupsCard.GroupKey, "PDG"));

        members.VerifyNoOtherCalls();
        notifier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AConfirmationTellsTheMemberOnceInTheirLanguage()
    {
        var notifier = new Mock<INotifier>();
        notifier.Setup(n => n.NotifyAsync(It.IsAny<MemberId>(), It.IsAny<Reply>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        using var chat = new ChatHarness(services => services.AddSingleton(notifier.Object));
        var applicant = TestMembers.Member("applicant");
        await chat.Members.AddAsync(new MemberRecord(applicant.Id, "Ann", "en-US", null, default, default) { RequestedUserGroup = "PDG", Language = "fr" }, default);
        (string, string)[] button = [(PendingGroupsCard.TenantKey, "tenant"), (PendingGroupsCard.MemberKey, "applicant"), (PendingGroupsCard.GroupKey, "PDG")];

        await chat.PressesAsync(TestMembers.Staff(), PendingGroupsCard.ConfirmVerb, button);
        await chat.PressesAsync(TestMembers.Staff("s2"), PendingGroupsCard.ConfirmVerb, button);

        notifier.Verify(n => n.NotifyAsync(applicant.Id, It.Is<TextReply>(t => t.Text.Contains("PDG") && t.Text.Contains("OMPI")), It.IsAny<CancellationToken>()),
            Times.Once);
        notifier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AProfileWithAGroupNotOfferedIsRefused()
    {
        var member = TestMembers.Member();
        await harness.Members.AddAsync(new MemberRecord(member.Id, "Ada", "en-US", null, default, default), default);

        var replies = await harness.PressesAsync(member, ProfileCard.SaveVerb, (ProfileCard.GroupInput, "Made Up Group"));

        Assert.Contains("choose one of the user groups", Assert.Single(replies).Shown());
        Assert.Null((await harness.Members.FindAsync(member.Id, default))!.RequestedUserGroup);
    }

    public void Dispose() => harness.Dispose();
}
