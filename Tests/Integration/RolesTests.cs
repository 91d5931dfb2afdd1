using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

public sealed class RolesTests(Azurite azurite) : IntegrationTest(azurite)
{
    [Fact]
    public async Task AMemberTypingAStaffCommandIsRefused()
    {
        var replies = await Host.User("m-typer").Says("pending groups");

        Assert.Equal(English.StaffOnly, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AMemberPressingAStaffButtonIsRefusedAndNothingChanges()
    {
        var applicant = Host.User("m-applicant", "Ann Applicant");
        await applicant.Says("hello");
        await applicant.Presses(new JObject { ["verb"] = ProfileCard.SaveVerb, [ProfileCard.GroupInput] = "PIUG" });

        // A forged confirm button from another member: the server checks the role, not the card.
        var replies = await Host.User("m-forger").Presses(new JObject
        {
            ["verb"] = PendingGroupsCard.ConfirmVerb,
            [PendingGroupsCard.TenantKey] = BotHost.Tenant,
            [PendingGroupsCard.MemberKey] = "m-applicant",
            [PendingGroupsCard.GroupKey] = "PIUG",
        });

        Assert.Equal(English.StaffOnly, Assert.Single(replies).Text);
        var record = await Members.FindAsync(new MemberId(BotHost.Tenant, "m-applicant"), default);
        Assert.Null(record!.UserGroup);
        Assert.Equal("PIUG", record.RequestedUserGroup);
    }

    [Fact]
    public async Task StaffConfirmAUserGroupAndTheMemberIsTold()
    {
        var applicant = Host.User("m-confirmed", "Carla Confirmed");
        await applicant.Says("profile");
        var chose = await applicant.Presses(new JObject { ["verb"] = ProfileCard.SaveVerb, [ProfileCard.GroupInput] = "CEPIUG" });
        Assert.Contains("WIPO staff will confirm", Assert.Single(chose).Text);

        var staff = Host.Staff();
        var pending = Assert.Single(await staff.Says("pending groups"));
        Assert.Contains("**Carla Confirmed** — CEPIUG", pending.CardText);
        var confirm = pending.Card!.Descendants().OfType<JObject>()
            .First(a => a["title"]?.Value<string>() == "Confirm" && a["data"]?["member"]?.Value<string>() == "m-confirmed");

        var before = Connector.Calls.Count;
        await staff.Presses((JObject)confirm["data"]!, onCardId: pending.ActivityId);

        var afterCalls = Connector.Calls.Skip(before).ToList();
        var update = Assert.Single(afterCalls, c => c.Method == "PUT");
        Assert.Equal(pending.ActivityId, update.ActivityId);
        Assert.Contains("Confirmed Carla Confirmed in CEPIUG", update.CardText);
        var told = await Connector.WaitForAsync(c => c.ConversationId == applicant.ConversationId && c.Text?.Contains("confirmed that you belong", StringComparison.Ordinal) == true);
        Assert.Contains("confirmed that you belong to **CEPIUG**", told.Text);
        var profile = Assert.Single(await applicant.Says("my profile"));
        Assert.Contains("Your user group: **CEPIUG**", profile.CardText);
    }

    private IMemberStore Members => Host.Services.GetRequiredService<IMemberStore>();
}
