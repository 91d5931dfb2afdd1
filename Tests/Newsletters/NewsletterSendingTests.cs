using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Newsletters;
using CollabBot.Tests.Preferences;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Newsletters.NewsletterChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Newsletters;

public sealed class NewsletterSendingTests
{
    [Fact]
    public async Task AScheduledNewsletterGoesOutOnceAtItsMinute()
    {
        using var chat = await StartAsync();
        var draft = Updated(await chat.ComposesAsync(Sam, Inputs()));

        var scheduled = Updated(await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Schedule), (NewsletterVerbs.AudienceInput, "all"),
            (NewsletterVerbs.DateInput, "2026-11-26"), (NewsletterVerbs.TimeInput, "09:30")));
        await chat.Deliveries.RunDueAsync();
        Assert.Contains("Scheduled for 2026-11-26 09:30 UTC", scheduled.AllText(), StringComparison.Ordinal);
        Assert.Empty(chat.DeliveredTo(Ada));

        chat.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero));
        await chat.Deliveries.RunDueAsync();
        await chat.Deliveries.RunDueAsync();

        Assert.Single(chat.DeliveredTo(Ada));
        Assert.Equal(NewsletterStatus.Sent, (await chat.Newsletters.FindAsync(1, default))!.Status);
    }

    [Fact]
    public async Task AMovedOrCancelledScheduleDoesNotSendAtTheOldMinute()
    {
        using var chat = await StartAsync();
        var draft = Updated(await chat.ComposesAsync(Sam, Inputs()));
        await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Schedule), (NewsletterVerbs.DateInput, "2026-11-26"), (NewsletterVerbs.TimeInput, "09:30"));
        var moved = Updated(await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Schedule), (NewsletterVerbs.DateInput, "2026-11-27"),
            (NewsletterVerbs.TimeInput, "09:30")));

        chat.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        await chat.Deliveries.RunDueAsync();
        Assert.Empty(chat.DeliveredTo(Ada));

        var cancelled = Updated(await chat.PressesAsync(Sam, moved.Button(NewsletterVerbs.Cancel)));
        chat.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero));
        await chat.Deliveries.RunDueAsync();

        Assert.Contains("The schedule is cancelled: it is a draft again.", cancelled.AllText(), StringComparison.Ordinal);
        Assert.Empty(chat.DeliveredTo(Ada));
        Assert.Equal(NewsletterStatus.Draft, (await chat.Newsletters.FindAsync(1, default))!.Status);
    }

    [Fact]
    public async Task AMinuteThatHasPassedIsRefused()
    {
        using var chat = await StartAsync();
        var draft = Updated(await chat.ComposesAsync(Sam, Inputs()));

        var card = Updated(await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Schedule), (NewsletterVerbs.DateInput, "2026-11-25"),
            (NewsletterVerbs.TimeInput, "09:00")));
        var garbled = Updated(await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.Schedule), (NewsletterVerbs.DateInput, "tomorrow")));

        Assert.Contains("That minute has passed", card.AllText(), StringComparison.Ordinal);
        Assert.Contains("Give a date and a time (UTC)", garbled.AllText(), StringComparison.Ordinal);
        Assert.Empty(chat.Deliveries.Scheduled);
    }

    [Fact]
    public async Task ACorrectionReplacesEveryCopyInPlace()
    {
        using var chat = await StartAsync();
        var sent = await chat.SendsAsync(Sam, Inputs(title: "PATENTSCOPE nesw"));
        chat.Notifier.Sent.Clear();

        var composer = Updated(await chat.PressesAsync(Sam, sent.Button(NewsletterVerbs.Edit)));
        var corrected = Updated(await chat.PressesAsync(Sam, composer.Button(NewsletterVerbs.Save), Inputs(title: "PATENTSCOPE news")));
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("Corrected: every copy members have is being updated in place.", corrected.AllText(), StringComparison.Ordinal);
        foreach (var member in Everyone)
        {
            var update = Assert.IsType<CardUpdate>(Assert.Single(chat.DeliveredTo(member)));
            Assert.Equal("PATENTSCOPE news", update.Card.Heading());
        }
        var request = Assert.Single(chat.Deliveries.Requested, r => r.Updates is not null);
        Assert.Equal(NewsletterSending.BroadcastOf(1), request.Updates);
        Assert.Equal(1, (await chat.Newsletters.FindAsync(1, default))!.Revision);
    }

    [Fact]
    public async Task SendingTwiceSendsOnce()
    {
        using var chat = await StartAsync();
        var draft = Updated(await chat.ComposesAsync(Sam, Inputs()));

        await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.SendNow));
        var again = Updated(await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.SendNow)));
        await chat.Deliveries.DeliverAsync();

        Assert.Contains("NL1 is sent: its audience can no longer change.", again.AllText(), StringComparison.Ordinal);
        Assert.Single(chat.DeliveredTo(Bob));
    }

    [Fact]
    public async Task StaffOnlyReachesStaffAndGroupsOnlyTheirMembers()
    {
        using var chat = await StartAsync();
        var first = Updated(await chat.ComposesAsync(Sam, Inputs(title: "For staff")));
        await chat.PressesAsync(Sam, first.Button(NewsletterVerbs.SendNow), (NewsletterVerbs.AudienceInput, "staff"));
        var second = Updated(await chat.ComposesAsync(Sam, Inputs(title: "For PIUG")));
        await chat.PressesAsync(Sam, second.Button(NewsletterVerbs.SendNow), (NewsletterVerbs.AudienceInput, "groups"), (NewsletterVerbs.GroupsInput, "PIUG"));
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(["For staff"], chat.DeliveredTo(Kim).OfType<CardReply>().Select(c => c.Card.Heading()));
        Assert.Equal(["For PIUG"], chat.DeliveredTo(Ada).OfType<CardReply>().Select(c => c.Card.Heading()));
        Assert.Empty(chat.DeliveredTo(Bob));
    }

    [Fact]
    public async Task AMemberWhoDeclinedNewslettersIsNeitherCountedNorSentOne()
    {
        using var chat = await StartAsync();
        await chat.SavesPreferencesAsync(Bob, "auto", MessageTopic.Newsletters);
        var draft = Updated(await chat.ComposesAsync(Sam, Inputs()));

        Assert.Contains("It will reach **7** people.", draft.AllText(), StringComparison.Ordinal);
        await chat.PressesAsync(Sam, draft.Button(NewsletterVerbs.SendNow));
        await chat.Deliveries.DeliverAsync();

        Assert.DoesNotContain(chat.DeliveredTo(Bob), r => r is CardReply);
        Assert.Single(chat.DeliveredTo(Ada));
    }

    [Fact]
    public async Task TheExportOfDeliveryOutcomesIsAskedForTheStaffMember()
    {
        using var chat = await StartAsync();
        var sent = await chat.SendsAsync(Sam);

        var said = await chat.PressesAsync(Sam, sent.Buttons().First(b => b.Data.GetValueOrDefault(NewsletterVerbs.FormatKey) == "csv"));

        Assert.Contains("Preparing the delivery outcomes of NL1 as CSV", Assert.Single(said).Shown(), StringComparison.Ordinal);
        var request = Assert.Single(chat.Exports.Requests);
        Assert.Equal((ExportNewsletterAction.Kind, "1", Sam.Id), (request.Kind, request.Id, request.Staff));
    }
}
