using CollabBot.Cards.Contributions;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>WIPO Magazine papers: accepted, changes asked for (and accepted later) or declined; the member told each time in their language.</summary>
public sealed class MagazineTests
{
    private static string T(string language, string key, params object[] args) => Texts.In<ContributionTexts>(language, key, args);

    /// <summary>What the member was told of a decision: the card's text, then WIPO's reply if any.</summary>
    private static string Told(Reply reply) => string.Join("\n", reply.Shown().Split('\n')[1..^1]);

    private static List<string> Outcomes(Cards.Model.AdaptiveCard card) =>
        [.. card.Buttons().Where(b => b.Data[Cards.Model.CardVerb.Key] == ContributionVerbs.Decide).Select(b => b.Data[ContributionVerbs.OutcomeKey])];

    [Fact]
    public async Task ChloeProposesInFrenchAndIsToldInFrenchThatHerPaperIsAccepted()
    {
        using var chat = await StartAsync();

        var sent = await chat.WalksAsync(Chloe, "contribuer magazine", "La recherche de séquences en 2027", "Un résumé.", "Chloé Martin", "2");
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();
        var staffCard = await chat.StaffCardAsync("magazine", 1);
        await chat.DecidesAsync(Kim, "magazine", 1, "Accept");
        await chat.Deliveries.DeliverAsync();

        Assert.Equal(T("fr", "Sent", T("fr", "MagazineName"), "M1"), Assert.Single(sent).Shown());
        var m1 = await chat.ContributionAsync("magazine", 1);
        Assert.Equal(("French", ContributionStatus.Accepted, null), (m1["language"], m1.Status, m1.Reply));
        Assert.Equal(["Accept", "AskForChanges", "Decline"], Outcomes(staffCard));
        var told = Assert.Single(chat.DeliveredTo(Chloe));
        Assert.Equal(T("fr", "MovedAccepted", T("fr", "MagazineName"), "M1", "La recherche de séquences en 2027"), Told(told));
        Assert.StartsWith("L'OMPI a accepté", Told(told), StringComparison.Ordinal);
        Assert.Contains(T("fr", "MyContributionsTitle"), told.Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangesAskedOfElenaNeedWhatSheWillReadThenTheProposalStaysOpenAndIsAcceptedLater()
    {
        using var chat = await StartAsync();
        await chat.WalksAsync(Elena, "contribuir revista", "Bases de datos de patentes en América Latina", "Un resumen.", "Elena García", "3");
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();

        var empty = await chat.DecidesAsync(Kim, "magazine", 1, "AskForChanges", " ");
        Assert.Equal("text: Write what Elena García will read first, then press \"Send the request\" again.", Assert.Single(empty).Describe());
        Assert.Equal(ContributionStatus.Received, (await chat.ContributionAsync("magazine", 1)).Status);

        await chat.DecidesAsync(Kim, "magazine", 1, "AskForChanges", "Please shorten the abstract to 150 words.");
        await chat.Deliveries.DeliverAsync();
        var asked = await chat.ContributionAsync("magazine", 1);
        var card = await chat.StaffCardAsync("magazine", 1);

        Assert.Equal((ContributionStatus.ChangesRequested, true), (asked.Status, asked.IsOpen));
        Assert.Equal(["Accept", "AskForChanges", "Decline"], Outcomes(card));
        var first = Assert.Single(chat.DeliveredTo(Elena));
        Assert.Equal(T("es", "MovedChangesRequested", T("es", "MagazineName"), "M1", "Bases de datos de patentes en América Latina")
            + "\nPlease shorten the abstract to 150 words.", Told(first));
        Assert.StartsWith("La OMPI", Told(first), StringComparison.Ordinal);

        await chat.DecidesAsync(Lee, "magazine", 1, "Accept", "Thank you, the new abstract is fine.");
        await chat.Deliveries.DeliverAsync();

        var accepted = await chat.ContributionAsync("magazine", 1);
        Assert.Equal((ContributionStatus.Accepted, "Lee Lead", "Kim Staff"), (accepted.Status, accepted.DecidedByName, accepted.TakenByName));
        var told = chat.DeliveredTo(Elena);
        Assert.Equal(2, told.Count);
        Assert.Equal(T("es", "MovedAccepted", T("es", "MagazineName"), "M1", "Bases de datos de patentes en América Latina")
            + "\nThank you, the new abstract is fine.", Told(told[1]));
    }

    [Fact]
    public async Task DieterIsToldInGermanThatHisPaperIsDeclinedAndWhy()
    {
        using var chat = await StartAsync();
        await chat.WalksAsync(Dieter, "beitragen artikel", "Patentinformation in Bibliotheken", "Eine Zusammenfassung.", "Dieter Weber", "4");
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();

        await chat.DecidesAsync(Kim, "magazine", 1, "Decline", "The issue on libraries is already full.");
        await chat.Deliveries.DeliverAsync();

        Assert.Equal((ContributionStatus.Declined, "German"), ((await chat.ContributionAsync("magazine", 1)).Status, (await chat.ContributionAsync("magazine", 1))["language"]));
        var told = Told(Assert.Single(chat.DeliveredTo(Dieter)));
        Assert.Equal(T("de", "MovedDeclined", T("de", "MagazineName"), "M1", "Patentinformation in Bibliotheken") + "\nThe issue on libraries is already full.", told);
        Assert.NotEqual(T("en", "MovedDeclined", T("en", "MagazineName"), "M1", "Patentinformation in Bibliotheken"), T("de", "MovedDeclined", T("de", "MagazineName"), "M1", "Patentinformation in Bibliotheken"));
        Assert.Empty((await chat.StaffCardAsync("magazine", 1)).Buttons());
    }

    [Fact]
    public async Task ChangesAskedForThenAcceptedBeforeEitherWentOutTellTheMemberOnlyWhereItStands()
    {
        using var chat = await StartAsync();
        await chat.ContributesAsync(Ada, "magazine", MagazineAnswers());
        await chat.Deliveries.DeliverAsync();
        chat.Notifier.Sent.Clear();

        await chat.DecidesAsync(Kim, "magazine", 1, "AskForChanges", "Please shorten the abstract.");
        await chat.DecidesAsync(Lee, "magazine", 1, "Accept", "Fine as it is after all.");
        await chat.Deliveries.DeliverAsync();

        var told = Told(Assert.Single(chat.DeliveredTo(Ada)));
        Assert.Equal(T("en", "MovedAccepted", T("en", "MagazineName"), "M1", "Searching sequence listings in 2027") + "\nFine as it is after all.", told);
    }

    [Fact]
    public async Task AMagazinePaperCannotBeAnsweredNorLinkedToAPlanItem()
    {
        using var chat = await StartAsync();
        await chat.ContributesAsync(Ada, "magazine", MagazineAnswers());
        (string, string)[] m1 = [(ContributionVerbs.KindKey, "magazine"), (ContributionVerbs.NumberKey, "1")];

        var link = await chat.PressesStaffVerbAsync(Kim, ContributionVerbs.Decide,
            [.. m1, (ContributionVerbs.OutcomeKey, "LinkToPlan"), (ContributionVerbs.PlanInput, "patentscope/ps-2027-cn-ocr")]);
        var answer = await chat.PressesStaffVerbAsync(Kim, ContributionVerbs.Decide, [.. m1, (ContributionVerbs.OutcomeKey, "Answer"), (ContributionVerbs.ReplyInputOf("Answer"), "Hi")]);

        Assert.All([link, answer], r => Assert.Equal("text: That button is not one of WIPO Magazine paper's decisions; press one on M1's card.", Assert.Single(r).Describe()));
        Assert.Equal(ContributionStatus.Received, (await chat.ContributionAsync("magazine", 1)).Status);
    }
}
