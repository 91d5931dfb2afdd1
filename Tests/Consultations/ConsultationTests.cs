using CollabBot.Cards.Consultations;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Consultations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Consultations.ConsultationChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Consultations;

/// <summary>
/// Consultations in turns: staff compose one (a deadline in the future, a text), it goes through the delivery engine to the
/// confirmed representatives of the groups asked only, in their language; each group answers once; others are refused; staff
/// see the answers side by side.
/// </summary>
public sealed class ConsultationTests
{
    [Fact]
    public async Task TheComposerOffersTheMajorGroupsAndWhoRepresentsThem()
    {
        using var chat = await StartAsync();

        var composer = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "nouvelle consultation"))).Card;

        Assert.Equal("PDG,PIUG,CEPIUG", composer.Body.OfType<ChoiceSetInput>().Single().Value);
        var representatives = composer.Body.OfType<FactSet>().Single().Facts.ToDictionary(f => f.Title, f => f.Value);
        Assert.Equal("Ada Lovelace, Pat Searcher", representatives["PIUG"]);
        Assert.Equal("none", representatives["CEPIUG"]);
    }

    [Fact]
    public async Task ItGoesThroughTheEngineToTheRepresentativesOfTheGroupsAskedOnlyInTheirLanguage()
    {
        using var chat = await StartAsync();

        var card = Updated(await chat.ConsultsAsync(Sam));
        await chat.Deliveries.DeliverAsync();

        Assert.Equal($"C1: {Title}", card.Heading());
        Assert.Contains("Sent to 3 representatives of 2 groups; 1 group asked has no confirmed representative.", card.AllText(), StringComparison.Ordinal);
        var request = Assert.Single(chat.Deliveries.Requested, r => r.Content == ConsultationContent.Kind);
        Assert.Equal(AudienceKind.List, request.Audience.Kind);
        Assert.Equal([Ada.Id, Chloe.Id, Pat.Id], request.Audience.List.OrderBy(m => m.ObjectId));
        Assert.Contains("Your answer on behalf of PIUG", chat.ConsultationOf(Ada).AllText(), StringComparison.Ordinal);
        var french = chat.ConsultationOf(Chloe).AllText();
        Assert.Contains("Votre réponse au nom de PDG", french, StringComparison.Ordinal);
        Assert.Contains("1 décembre 2026, 17:00 UTC", french, StringComparison.Ordinal);
        foreach (var nobody in new[] { Bob, Elena, Dieter, Sam, Kim })
        {
            Assert.DoesNotContain(chat.DeliveredTo(nobody), r => r is CardReply);
        }
        Assert.Single(chat.Deliveries.Scheduled, d => d.Kind == ConsultationSending.Kind && d.At == new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("2026-11-25", "09:59", Text, "That deadline has passed: choose a later one.")]
    [InlineData("2026-11-25", "10:00", Text, "That deadline has passed: choose a later one.")]
    [InlineData("soon", "17:00", Text, "Give the deadline: a date and a time (UTC).")]
    [InlineData("2026-12-01", "17:00", "   ", "A consultation needs a title and the text of the planned initiative.")]
    public async Task APastDeadlineOrAMissingTextIsRefusedAndNothingIsSent(string date, string time, string text, string problem)
    {
        using var chat = await StartAsync();

        var composer = Updated(await chat.ConsultsAsync(Sam, Inputs(text: text, date: date, time: time)));

        Assert.Equal(ComposeConsultationCard.Heading, composer.Heading());
        Assert.Contains(problem, composer.AllText(), StringComparison.Ordinal);
        Assert.Equal(date, composer.Body.OfType<ColumnSet>().SelectMany(s => s.Columns).SelectMany(c => c.Items).OfType<DateInput>().Single().Value);
        Assert.Empty(await chat.Consultations.ListAsync(default));
        Assert.Empty(chat.Deliveries.Requested);
    }

    [Fact]
    public async Task GroupsWithoutARepresentativeOrUnknownOnesAreNotSentTo()
    {
        using var chat = await StartAsync();

        var none = Updated(await chat.ConsultsAsync(Sam, Inputs(groups: "CEPIUG,Made-up group")));

        Assert.Contains("No group asked has a confirmed representative yet", none.AllText(), StringComparison.Ordinal);
        Assert.Empty(chat.Deliveries.Requested);
    }

    [Fact]
    public async Task EachGroupAnswersOnceAndItsOtherRepresentativeSeesTheFirstAnswer()
    {
        using var chat = await StartAsync();
        await chat.ConsultsAsync(Sam);
        await chat.Deliveries.DeliverAsync();
        var patsCard = chat.ConsultationOf(Pat);

        var first = await chat.AnswersAsync(Ada, "Yes: our members search sequences daily.");
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await chat.AnswersAsync(Pat, "No, not really.", patsCard);

        Assert.Equal("Thank you: your answer went to WIPO as the answer of **PIUG**.", first.OfType<TextReply>().Single().Text);
        Assert.Contains("You answered for **PIUG** on 25 November 2026, 10:00 UTC:", Updated(first).AllText(), StringComparison.Ordinal);
        Assert.Empty(Updated(first).Buttons());
        Assert.Equal("Ada Lovelace already answered for **PIUG** on 25 November 2026, 10:00 UTC: each group answers once, so your answer was not sent.",
            second.OfType<TextReply>().Single().Text);
        var shown = Updated(second).AllText();
        Assert.Contains("Ada Lovelace already answered for **PIUG** on 25 November 2026, 10:00 UTC:", shown, StringComparison.Ordinal);
        Assert.Contains("Yes: our members search sequences daily.", shown, StringComparison.Ordinal);
        var kept = Assert.Single(await chat.Consultations.ListAnswersAsync(1, default));
        Assert.Equal((Ada.Id, "PIUG", "Yes: our members search sequences daily."), (kept.Member, kept.Group, kept.Text));
    }

    [Fact]
    public async Task ARepresentativeWhoAnsweredSeesTheirOwnAnswerWhenTheCardComesAgain()
    {
        using var chat = await StartAsync();
        await chat.ConsultsAsync(Sam);
        await chat.Deliveries.DeliverAsync();
        var card = chat.ConsultationOf(Ada);
        await chat.AnswersAsync(Ada, "Yes.");

        var again = await chat.AnswersAsync(Ada, "Actually, no.", card);

        Assert.Equal("You already answered for **PIUG**: each group answers once.", again.OfType<TextReply>().Single().Text);
        Assert.Equal("Yes.", Assert.Single(await chat.Consultations.ListAnswersAsync(1, default)).Text);
    }

    [Fact]
    public async Task WhoIsNotAConfirmedRepresentativeOfAGroupAskedIsRefusedEvenWithTheButton()
    {
        using var chat = await StartAsync();
        await chat.ConsultsAsync(Sam);
        await chat.Deliveries.DeliverAsync();
        var button = chat.ConsultationOf(Ada).Buttons().Single();
        // Chloé stops representing PDG after she got the card.
        await chat.PressesAsync(Chloe, Cards.Members.ProfileCard.SaveVerb, (Cards.Members.ProfileCard.GroupInput, "PDG"), (Cards.Members.ProfileCard.RepresentsInput, "false"));
        var chloesCard = chat.ConsultationOf(Chloe);

        var bob = await chat.PressesAsync(Bob, button, (ConsultationVerbs.AnswerInput, "CEPIUG says yes."));
        var elena = await chat.PressesAsync(Elena, button, (ConsultationVerbs.AnswerInput, "AIDB says yes."));
        var chloe = await chat.AnswersAsync(Chloe, "Oui.", chloesCard);

        Assert.Contains("Only the confirmed representatives of the user groups asked", Assert.Single(bob).Shown(), StringComparison.Ordinal);
        Assert.Contains("Solo los representantes confirmados", Assert.Single(elena).Shown(), StringComparison.Ordinal);
        Assert.Contains("Seuls les représentants confirmés", Assert.Single(chloe).Shown(), StringComparison.Ordinal);
        Assert.Empty(await chat.Consultations.ListAnswersAsync(1, default));
    }

    [Fact]
    public async Task AfterTheDeadlineAnswersAreRefusedAndStaffAreToldInTheirChannel()
    {
        using var chat = await StartAsync();
        await chat.ConsultsAsync(Sam);
        await chat.Deliveries.DeliverAsync();
        await chat.AnswersAsync(Chloe, "Oui, volontiers.");

        chat.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero));
        var late = await chat.AnswersAsync(Ada, "Sorry, late.");
        await chat.Deliveries.RunDueAsync();
        await chat.Deliveries.RunDueAsync();

        Assert.Equal("This consultation closed on 1 December 2026, 17:00 UTC: answers are no longer taken.", late.OfType<TextReply>().Single().Text);
        Assert.Contains("This consultation is closed", Updated(late).AllText(), StringComparison.Ordinal);
        Assert.Single(await chat.Consultations.ListAnswersAsync(1, default));
        Assert.Equal(ConsultationStatus.Closed, (await chat.Consultations.FindAsync(1, default))!.Status);
        var told = Assert.Single(chat.DeliveredToChannel().OfType<TextReply>());
        Assert.Equal($"Consultation C1 \"{Title}\" closed at its deadline: 1 of 3 groups answered. Type **consultations** to see the answers side by side.", told.Text);
        Assert.Contains("Closed 2026-12-01 17:00 UTC at its deadline", chat.DeliveredToChannel().OfType<CardUpdate>().Last().Card.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosedEarlyByStaffNoMoreAnswersAreTaken()
    {
        using var chat = await StartAsync();
        var card = Updated(await chat.ConsultsAsync(Sam));
        await chat.Deliveries.DeliverAsync();

        var closed = Updated(await chat.PressesAsync(Sam, card.Buttons().Single(b => b.Title == "Close now")));
        var refused = await chat.AnswersAsync(Ada, "Yes.");

        Assert.Contains("Closed: answers are no longer taken.", closed.AllText(), StringComparison.Ordinal);
        Assert.Contains("by Sam Staff", closed.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(closed.Buttons(), b => b.Title == "Close now");
        Assert.StartsWith("This consultation closed on 25 November 2026, 10:00 UTC", refused.OfType<TextReply>().Single().Text, StringComparison.Ordinal);
        Assert.Empty(await chat.Consultations.ListAnswersAsync(1, default));
    }

    [Fact]
    public async Task StaffSeeTheGroupsAnswersSideBySideInTheirChannelUpdatedInPlace()
    {
        using var chat = await StartAsync();
        var card = Updated(await chat.ConsultsAsync(Sam));
        await chat.Deliveries.DeliverAsync();

        await chat.AnswersAsync(Ada, "PIUG welcomes it.");
        await chat.AnswersAsync(Chloe, "Le PDG est favorable.");
        await chat.Deliveries.DeliverAsync();
        var refreshed = Updated(await chat.PressesAsync(Sam, card.Buttons().Single(b => b.Title == "Refresh")));

        var posted = chat.DeliveredToChannel();
        Assert.IsType<CardReply>(posted[0]);
        Assert.Equal(2, posted.OfType<CardUpdate>().Count());
        foreach (var staffCard in new[] { posted.OfType<CardUpdate>().Last().Card, refreshed })
        {
            var columns = staffCard.Body.OfType<ColumnSet>().Single().Columns;
            Assert.Equal(["PDG", "PIUG", "CEPIUG"], columns.Select(c => ((TextBlock)c.Items[0]).Text.Trim('*')));
            Assert.Contains("Le PDG est favorable.", Texts(columns[0]));
            Assert.Contains("Answered by Chloé Martin, 2026-11-25 10:00 UTC", Texts(columns[0]));
            Assert.Contains("PIUG welcomes it.", Texts(columns[1]));
            Assert.Contains("Represented by Ada Lovelace, Pat Searcher", Texts(columns[1]));
            Assert.Equal(["**CEPIUG**", "No confirmed representative", "Not answered yet"], Texts(columns[2]));
            Assert.Contains("**Answers: 2 of 3 groups**", staffCard.AllText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StaffListTheConsultationsShowOneAndExportItsAnswers()
    {
        using var chat = await StartAsync();
        await chat.ConsultsAsync(Sam);
        await chat.ConsultsAsync(Sam, Inputs(title: "Global Brand Database filters", groups: "PIUG"));
        await chat.Deliveries.DeliverAsync();
        var second = chat.DeliveredTo(Pat).OfType<CardReply>().Select(c => c.Card).Single(c => c.Heading() == "Global Brand Database filters");
        await chat.AnswersAsync(Pat, "Fine by us.", second);

        var list = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Kim, "consultations"))).Card;
        var shown = Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(Kim, list.Buttons().First(b => b.Title == "Show")))).Card;
        var export = await chat.PressesAsync(Kim, shown.Buttons().Single(b => b.Data.GetValueOrDefault(ConsultationVerbs.FormatKey) == "xlsx"));

        var text = list.AllText();
        Assert.True(text.IndexOf("C2: Global Brand Database filters", StringComparison.Ordinal) < text.IndexOf("C1: ", StringComparison.Ordinal), text);
        Assert.Contains("Open until 2026-12-01 17:00 UTC · 1 of 1 groups answered (PIUG)", text, StringComparison.Ordinal);
        Assert.Contains("Open until 2026-12-01 17:00 UTC · 0 of 3 groups answered (PDG, PIUG, CEPIUG)", text, StringComparison.Ordinal);
        Assert.Equal("C2: Global Brand Database filters", shown.Heading());
        Assert.Contains("Preparing the answers to C2 as an Excel workbook", Assert.Single(export).Shown(), StringComparison.Ordinal);
        var request = Assert.Single(chat.Exports.Requests);
        Assert.Equal((ExportConsultationAction.Kind, "2", Kim.Id), (request.Kind, request.Id, request.Staff));
    }

    [Fact]
    public async Task MembersCannotConsultAndBadButtonsGetAClearWord()
    {
        using var chat = await StartAsync();

        var asked = await chat.SaysAsync(Ada, "new consultation");
        var forged = await chat.PressesAsync(Ada, ConsultationVerbs.Send, Inputs());
        var noNumber = await chat.PressesAsync(Ada, ConsultationVerbs.Answer, (ConsultationVerbs.AnswerInput, "Yes."));
        var gone = await chat.PressesAsync(Ada, ConsultationVerbs.Answer, (ConsultationVerbs.NumberKey, "42"), (ConsultationVerbs.AnswerInput, "Yes."));
        var staffGone = await chat.PressesAsync(Sam, ConsultationVerbs.Status, (ConsultationVerbs.NumberKey, "x"));

        Assert.Equal(English.StaffOnly, Assert.Single(asked).Shown());
        Assert.Equal(English.StaffOnly, Assert.Single(forged).Shown());
        Assert.Equal("I can't find that consultation any more.", Assert.Single(noNumber).Shown());
        Assert.Equal("I can't find that consultation any more.", Assert.Single(gone).Shown());
        Assert.Equal("That consultation no longer exists; type **consultations** for the list.", Assert.Single(staffGone).Shown());
        Assert.Empty(await chat.Consultations.ListAsync(default));
    }

    [Fact]
    public async Task AnEmptyAnswerIsAskedForAgainAndNothingIsKept()
    {
        using var chat = await StartAsync();
        await chat.ConsultsAsync(Sam);
        await chat.Deliveries.DeliverAsync();

        var empty = await chat.AnswersAsync(Ada, "   ");
        var tooLong = await chat.AnswersAsync(Ada, new string('x', ComposeConsultationCard.MaxText + 1));

        Assert.Equal("Write your group's answer.", Assert.Single(empty).Shown());
        Assert.Equal("Your answer is too long: keep it under 3,000 characters.", Assert.Single(tooLong).Shown());
        Assert.Empty(await chat.Consultations.ListAnswersAsync(1, default));
    }

    [Fact]
    public async Task ANewStaffChannelGetsTheOpenConsultations()
    {
        using var chat = await StartAsync(staffChannel: false);
        await chat.ConsultsAsync(Sam);

        var phrases = await chat.Get<ConsultationSending>().PostOpenAsync(new Dialogs.Questions.StaffChannel("team-2", "Staff", "19:other@thread.tacv2",
            Tenant, "other-address", Sam.Name, chat.Clock.GetUtcNow()), default);

        Assert.Equal(("the open consultation", 1), phrases);
        Assert.Single(chat.Deliveries.Requested, r => r.Content == ConsultationStaffContent.Kind);
    }

    private static List<string> Texts(Column column) => [.. column.Items.OfType<TextBlock>().Select(t => t.Text)];
}
