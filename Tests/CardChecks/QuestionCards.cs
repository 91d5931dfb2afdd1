using CollabBot.Cards.Help;
using CollabBot.Cards.Model;
using CollabBot.Cards.Plans;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.CardChecks;

/// <summary>The Round Table questions' cards for <see cref="CardCatalog"/>, each branch reached, and the cards that offer asking.</summary>
public static class QuestionCards
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly string Long = string.Concat(Enumerable.Repeat("A long question with \"quotes\", <b>html</b> and *markdown*. ", 40))[..2000];

    public static IEnumerable<(string Name, AdaptiveCard Card)> Member(string language)
    {
        string T(string key, params object[] args) => Texts.In<QuestionTexts>(language, key, args);
        var duplicates = new DuplicatesLabels(T("LooksTheSame"), T("MeToo"), T("SendMine"), T("Voices"), T("Answer"));
        yield return ("question-duplicates", DuplicatesCard.Build(new DuplicatesView("round-table-2026", "d0123456789abcdef",
        [
            new(1, "Q1", "How can I export search results from PATENTSCOPE to Excel?", null, 1),
            new(4, "Q4", Long, "Yes: use the CSV export, then open it in Excel.", 12),
            new(12, "Q12", "Export to Excel <b>?</b>", null, 3),
        ]), duplicates));

        var mine = new QuestionListLabels(T("MineHeading"), T("MineEmpty"), T("Status"), T("Answer"), T("AskTitle"));
        yield return ("my-questions-empty", MyQuestionsCard.Build([], mine, AskQuestionCommand.Name));
        yield return ("my-questions-long", MyQuestionsCard.Build([.. Enumerable.Range(1, MyQuestionsCard.MaxShown + 5).Select(i => new MyQuestion(
            $"Q{i}", i % 2 == 0 ? "Round Table 2026" : "Round Table \"2027\"", i % 3 == 0 ? Long : $"Question {i}?", T(i % 2 == 0 ? "StatusAnswered" : "StatusReceived"),
            i % 2 == 0 ? $"Answer {i} with *markdown* and <html>." : null))], mine, AskQuestionCommand.Name));
        var qa = new QuestionListLabels(T("QaHeading"), T("QaNoneFor", "PATENTSCOPE"), T("Topic"), T("Answer"), T("AskTitle"));
        yield return ("round-table-qa-none-for", MyQuestionsCard.Build([], qa, AskQuestionCommand.Name));
        yield return ("round-table-qa", MyQuestionsCard.Build([new("Q3", "Round Table 2026", "Can I pay by card?", "Fees", "Yes, through ePCT.")], qa,
            AskQuestionCommand.Name));

        MinutesView Minutes(IReadOnlyList<MinutesEntry> entries) => new(T("MinutesHeading", "Round Table \"2026\""), T("MinutesIntro", "10 December 2026"),
            entries, T("MinutesEmpty"), T("Answer"), T("MinutesMore", entries.Count - MinutesCard.MaxShown));
        yield return ("minutes-empty", MinutesCard.Build(Minutes([])));
        yield return ("minutes-long", MinutesCard.Build(Minutes([.. Enumerable.Range(1, MinutesCard.MaxShown + 3).Select(i => new MinutesEntry($"Q{i}",
            i % 4 == 0 ? Long : $"Question {i} with <b>html</b>?", T(i % 3 == 0 ? "OutcomeInMeeting" : "OutcomeInMinutes"),
            i % 2 == 0 ? $"Answer {i} with *markdown*." : null, i % 5 == 0 ? "To be checked with the IT team." : null))])));
        yield return ("minutes-follow-up", MinutesCard.Build(Minutes([new("Q2", "Can WIPO Translate handle Finnish claims?",
            T("OutcomeFollowUp", "15 January 2027"), null, "Check with the translation team.")])));

        var help = Texts.In(language, () => HelpTexts.HelpLabels(Texts.Of<HelpTexts>()));
        HelpEntry[] entries = [new("help", "Help", "what I can do", "Type: help"), new(AskQuestionCommand.Name, T("AskTitle"), T("AskDescription"), "Type: " + T("AskTyped"))];
        yield return ("help-not-understood-ask-offer", HelpCard.Build(new HelpView(true, entries, [])
        {
            Offer = new OfferedCommand(T("AskNotUnderstood"), AskQuestionCommand.Name, "Why do Madrid renewals cost more in \"francs\"? <b>"),
        }, help));

        var plans = Texts.In(language, () => PlansTexts.Labels(Texts.Of<PlansTexts>()));
        var ask = new OfferedCommand(T("AskAboutProduct"), AskQuestionCommand.Name, "PATENTSCOPE");
        var item = new PlanItemView("Excel export", "Search results to Excel.", "planned", false, "2027 Q1", null, At);
        yield return ("plans-with-ask", PlansCard.Build(new PlansView("patentscope", "PATENTSCOPE", "WIPO's patent database.", "https://patentscope.wipo.int/",
            false, [item], [], true)
        { Ask = ask }, plans));
        yield return ("plans-none-with-ask", PlansCard.Build(new PlansView("epct", "ePCT", null, null, false, [], [], false) { Ask = ask }, plans));
        yield return ("product-mention-with-ask", ProductMentionCard.Build(new ProductMentionView("patentscope",
            "You mentioned **PATENTSCOPE**.", false, plans.SeePlans, plans.Follow, help.Heading, "help")
        { Ask = ask }));
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> Staff()
    {
        yield return ("minutes-overview", MinutesOverviewCard.Build(new MinutesOverview("round-table-2026", "Round Table \"2026\" <b>", 3, 0, 1, 12)));
        StaffChoice[] staff = [new("t1/sam", "Sam Staff"), new("t1/kim", "Kim \"K\" Staff <b>")];
        TicketView Ticket(int number, string asker, string status, bool open) => new("round-table-2026", number, $"Q{number}", "Round Table 2026", "PATENTSCOPE",
            "Can PATENTSCOPE export results to Excel?", asker, status, null, null, false, 0, ["2026-11-25 10:00 UTC Ada Lovelace asked"], staff, open);

        yield return ("ticket-open", TicketCard.Build(Ticket(1, "Ada Lovelace (PIUG)", "Received", true)));
        yield return ("ticket-anonymous", TicketCard.Build(Ticket(2, "anonymous", "Received", true) with { History = ["2026-11-25 10:00 UTC a member asked"] }));
        yield return ("ticket-group-only-taken", TicketCard.Build(Ticket(3, "a member of PDG", "Taken", true) with { Assignee = "Sam Staff", Voices = 4 }));
        yield return ("ticket-answered-published", TicketCard.Build(Ticket(4, "Ada Lovelace (PIUG)", "Answered", true) with
        {
            Assignee = "Kim Staff",
            Answer = "Yes: use the CSV export, then open it in Excel.",
            Published = true,
        }));
        yield return ("ticket-answered-to-asker", TicketCard.Build(Ticket(5, "anonymous", "Answered", true) with { Answer = Long, Published = false }));
        yield return ("ticket-closed", TicketCard.Build(Ticket(6, "Ada Lovelace (PIUG)", "Closed", false)));
        yield return ("ticket-merged", TicketCard.Build(Ticket(7, "a member", "merged into Q1", false) with { Voices = 1 }));
        yield return ("ticket-long-history-no-staff", TicketCard.Build(Ticket(8, "Ada Lovelace (PIUG)", "Taken", true) with
        {
            Text = Long,
            Staff = [],
            History = [.. Enumerable.Range(1, 50).Select(i => $"2026-11-{1 + (i % 28):D2} 10:{i % 60:D2} UTC Sam Staff did step {i} \"quoted\" <b>")],
        }));
        yield return ("ticket-many-staff", TicketCard.Build(Ticket(9, "Ada Lovelace (PIUG)", "Received", true) with
        {
            Staff = [.. Enumerable.Range(1, 60).Select(i => new StaffChoice($"t1/s{i}", $"Staff member {i}"))],
        }));

        yield return ("meetings-empty", MeetingsCard.Build([], null));
        yield return ("meetings-several", MeetingsCard.Build(
        [
            new("round-table-2026", "Round Table 2026", At.AddDays(8), At.AddDays(-24), At.AddDays(5), ["Fees", "PATENTSCOPE", "ePCT \"2\" <b>"], 12, 3),
            new("round-table-2027", "Round Table 2027", At.AddDays(100), At.AddDays(40), At.AddDays(98), [], 0, 0),
            new("extra", new string('N', 100), At.AddDays(200), At.AddDays(150), At.AddDays(199), [.. Enumerable.Range(1, 15).Select(i => new string('t', 80))], 450, 2),
        ], "Added Round Table 2027."));

        yield return ("open-questions-empty", OpenQuestionsCard.Build([]));
        yield return ("open-questions-over-max", OpenQuestionsCard.Build([.. Enumerable.Range(1, OpenQuestionsCard.MaxShown + 15).Select(i => new OpenQuestion(
            "round-table-2026", i, $"Q{i}", "Round Table 2026", i % 4 == 0 ? Long : $"Question {i} \"quoted\" <b>?", i % 3 == 0 ? "taken" : "received",
            WaitingQuestionContent.AgeOf(At.AddHours(-i * 7), At), i % 3 == 0 ? "Sam Staff" : null, i % 5))]));
    }
}
