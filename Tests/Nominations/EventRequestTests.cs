using CollabBot.Cards.Model;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Nominations;
using CollabBot.Tests.Questions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Nominations;

/// <summary>A trainer or speaker for a user group's event is the speaker request, started from the "contribute" card: it asks which, last.</summary>
public sealed class EventRequestTests
{
    [Fact]
    public async Task TheContributeCardsEventButtonAsksForATrainerOrASpeakerAndStaffSeeWhich()
    {
        using var chat = RoundTableChat.Start();
        await chat.WithStaffChannelAsync();
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Chloe, "contribuer"))).Card;
        var events = card.Buttons().Single(b => b.Data.GetValueOrDefault(CardVerb.ArgumentKey) == NominateCommand.ForAnEvent);

        var replies = await chat.PressesAsync(Chloe, events);
        foreach (var answer in new[] { "Journée PDG", "2027-03-10", "Paris", "60 documentalistes", "1", "2", "skip" })
        {
            replies = await chat.SaysAsync(Chloe, answer);
        }
        Assert.Contains("De quoi avez-vous besoin ?", replies.Shown(), StringComparison.Ordinal);
        await chat.SaysAsync(Chloe, "1");
        await chat.Deliveries.DeliverAsync();

        var n = await chat.Nominations.FindAsync(1, default);
        Assert.Equal((NominationKind.Speaker, "A trainer on WIPO databases"), (n!.Kind, n.Details!.Need));
        Assert.Contains("A trainer on WIPO databases", Assert.Single(chat.DeliveredToChannel()).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASpeakerRequestDoesNotAskWhatIsNeeded()
    {
        using var chat = RoundTableChat.Start();
        await chat.NominatesAsync(Ada, "speaker", "CEPIUG annual conference", "2026-12-20", "Munich", "About 120 searchers", "2", "1", "skip");

        Assert.Equal("An expert speaker", (await chat.Nominations.FindAsync(1, default))!.Details!.Need);
    }
}
