using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>A reminder never goes to someone who finished, nor after the survey closed, however it closed.</summary>
public sealed class RemindersAfterCloseTests
{
    private static string[] Reminded(ChatHarness chat) =>
        [.. chat.Notifier.Sent.Where(s => s.Message.Shown().StartsWith("Reminder", StringComparison.Ordinal)).Select(s => s.To.ObjectId).Order()];

    private static async Task<DateTimeOffset> OpenAsync(ChatHarness chat, int? closeAfter = null, bool anonymous = false)
    {
        var deadline = chat.Clock.GetUtcNow().AddDays(5);
        await chat.Get<SurveyCampaigns>().OpenAsync(await chat.SaveDraftAsync(deadline: deadline, closeAfter: closeAfter, anonymous: anonymous), default);
        await chat.Deliveries.DeliverAsync();
        return deadline;
    }

    private static async Task PassEveryReminderWindowAsync(ChatHarness chat, DateTimeOffset deadline)
    {
        foreach (var hours in new[] { 71, 23 })
        {
            chat.Clock.SetUtcNow(deadline.AddHours(-hours));
            await chat.Deliveries.RunDueAsync();
            await chat.Deliveries.RunDueAsync();
        }
    }

    [Fact]
    public async Task NoneAfterStaffClosedItEarly()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var deadline = await OpenAsync(chat);
        await chat.SaysAsync(Sam, "close survey " + SampleSurvey.Id);

        await PassEveryReminderWindowAsync(chat, deadline);

        Assert.Empty(Reminded(chat));
        Assert.Equal(3, chat.Notifier.Sent.Count); // the invitations
    }

    [Fact]
    public async Task NoneAfterItClosedAtItsNumberOfResponses()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var deadline = await OpenAsync(chat, closeAfter: 1);
        await chat.CompletesAsync(Ada);
        Assert.Equal(SurveyStatus.Closed, await chat.StatusAsync());

        await PassEveryReminderWindowAsync(chat, deadline);

        Assert.Empty(Reminded(chat));
    }

    [Fact]
    public async Task NoneToWhoeverFinishedANamedOrAnAnonymousSurvey()
    {
        foreach (var anonymous in new[] { false, true })
        {
            using var chat = new ChatHarness().WithKnownPeople();
            var deadline = await OpenAsync(chat, anonymous: anonymous);
            await chat.CompletesAsync(Ada); // an anonymous one's answers still wait, uncounted

            await PassEveryReminderWindowAsync(chat, deadline);

            Assert.Equal(["bob", "bob", "sam", "sam"], Reminded(chat));
        }
    }

    [Fact]
    public async Task NoneWhenTheSurveyClosesBetweenTheReminderBeingAskedForAndItsSending()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var deadline = await OpenAsync(chat);
        var reminders = chat.Get<IEnumerable<CollabBot.Dialogs.Delivery.IDeliveryContent>>().OfType<SurveyReminder>().Single();
        var recipient = new CollabBot.Dialogs.Delivery.DeliveryRecipient(Bob.Id, "en-US");
        chat.Clock.SetUtcNow(deadline.AddHours(-71));
        Assert.NotNull(await reminders.BuildAsync(recipient, SampleSurvey.Id, default));

        await chat.SaysAsync(Sam, "close survey " + SampleSurvey.Id);

        Assert.Null(await reminders.BuildAsync(recipient, SampleSurvey.Id, default));
    }
}
