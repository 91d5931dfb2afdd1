using CollabBot.Cards.Contributions;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Nominations;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.CardChecks;

/// <summary>The contributions' cards for <see cref="CardCatalog"/>, each branch reached: the member cards in each language, the staff cards in English.</summary>
public static class ContributionCards
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("A long text with \"quotes\", <b>html</b>, *markdown* and [a link](https://example.org). ", 40));

    public static IEnumerable<(string Name, AdaptiveCard Card)> Member(string language)
    {
        string T(string key, params object[] args) => Texts.In<ContributionTexts>(language, key, args);
        string[] kinds = ["feedback", "inspire", "magazine", "taskforce", "agenda"];

        yield return ("contribution-channels", ChannelsCard.Build(T("ChannelsHeading"), T("ChannelsIntro"),
        [
            .. kinds.Select(k => new ChannelChoice(k, T(Key(k, "Name")), T(Key(k, "Description")))),
            new ChannelChoice("events", T("EventsName"), T("EventsDescription")) { Command = NominateCommand.Name, Argument = "speaker" },
        ]));
        yield return ("my-contributions-empty", MyContributionsCard.Build(T("MyContributionsHeading"), T("MyContributionsEmpty"), []));
        yield return ("my-contributions", MyContributionsCard.Build(T("MyContributionsHeading"), T("MyContributionsEmpty"),
        [
            new("M2", T("MagazineName"), "Searching \"sequences\" <b>in</b> *2027*", T("StatusChangesRequested"), "2026-11-26", "Please shorten the abstract."),
            new("F1", T("FeedbackName"), "PATENTSCOPE", T("StatusLinked"), "2026-11-25", "Improved OCR for Chinese full texts\n\nWe will tell you."),
            new("I1", T("InspireName"), "Lens.org", T("StatusReceived"), "2026-11-25", null),
            new("T1", T("TaskforceName"), "Committee on WIPO Standards (CWS)", T("StatusDeclined"), "2026-11-24", ""),
        ]));
        yield return ("my-contributions-over-max", MyContributionsCard.Build(T("MyContributionsHeading"), T("MyContributionsEmpty"),
        [
            .. Enumerable.Range(1, MyContributionsCard.MaxShown + 6).Reverse().Select(i => new MyContributionRow($"F{i}", T("FeedbackName"),
                i % 4 == 0 ? new string('P', 80) + "…" : $"Product {i} \"quoted\" <b>", T(i % 2 == 0 ? "StatusAnswered" : "StatusTaken"), "2026-11-25",
                i % 3 == 0 ? Long : null)),
        ]));
        yield return ("contribution-moved-answered", ContributionMovedCard.Build($"F1: {T("StatusAnswered")}",
            T("MovedAnswered", T("FeedbackName"), "F1", "PATENTSCOPE"), Long, T("MyContributionsTitle"), MyContributionsCommand.Name));
        yield return ("contribution-moved-accepted", ContributionMovedCard.Build($"M1: {T("StatusAccepted")}",
            T("MovedAccepted", T("MagazineName"), "M1", "Searching \"sequences\" <b>in</b> *2027*"), null, T("MyContributionsTitle"), MyContributionsCommand.Name));
        yield return ("contribution-moved-released", ContributionMovedCard.Build($"F1: {T("StatusLinked")}",
            T("MovedReleased", "F1", "Improved OCR for Chinese full texts"), "", T("MyContributionsTitle"), MyContributionsCommand.Name));
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> Staff()
    {
        Fact[] facts = [new("Product", "PATENTSCOPE"), new("About", "One case"), new("How important", "High"), new("May WIPO contact them", "yes"),
            new("From", "Ada Lovelace (PIUG)"), new("Sent", "2026-11-25 10:00 UTC")];
        Fact[] texts = [new("What happened", "The Chinese full texts of CN documents are unreadable after OCR.")];
        string[] history = ["2026-11-25 10:00 UTC Ada Lovelace: Sent"];
        Choice[] plans = [new("Improved OCR for Chinese full texts (Planned)", "patentscope/ps-2027-cn-ocr"), new("RSS alerts (Released)", "patentscope/ps-2026-alerts")];
        OutcomeChoice[] feedback = [.. new[] { ContributionOutcome.Answer, ContributionOutcome.LinkToPlan }.Select(ContributionViews.Choice)];
        OutcomeChoice[] magazine = [.. new[] { ContributionOutcome.Accept, ContributionOutcome.AskForChanges, ContributionOutcome.Decline }.Select(ContributionViews.Choice)];
        var received = new ContributionCardView("feedback", 1, "F1", "F1: Feedback · PATENTSCOPE", "received, nobody took it yet", facts, texts, history, feedback,
            plans, true, false);

        yield return ("contribution-received", ContributionCard.Build(received));
        yield return ("contribution-no-plans", ContributionCard.Build(received with { Plans = [], Texts = [] }));
        yield return ("contribution-taken-long", ContributionCard.Build(new ContributionCardView("magazine", 12, "M12",
            "M12: WIPO Magazine paper · Searching \"sequences\" <b>in</b> *2027*", "changes asked for",
            [new("Title", "Searching \"sequences\" <b>in</b> *2027*"), new("Authors", "Ada Lovelace, Grace Hopper"), new("Language", "English"),
             new("From", "Ada Lovelace (PIUG)"), new("Taken by", "Kim Staff")],
            [new("Abstract", Long + Long), new("WIPO's reply (Kim Staff)", "Please shorten the abstract.")],
            [.. Enumerable.Range(1, 20).Select(i => $"2026-11-{i:D2} 10:00 UTC Kim Staff: step {i} \"quoted\" <b>")], magazine, [], true, true)));
        yield return ("contribution-decided", ContributionCard.Build(received with
        {
            Status = "linked to a plan item",
            Facts = [.. facts, new("Taken by", "Kim Staff"), new("Plan item", "Improved OCR for Chinese full texts")],
            History = [.. history, "2026-11-25 11:00 UTC Kim Staff: Linked it to \"Improved OCR for Chinese full texts\""],
            Plans = [],
            Open = false,
            Taken = true,
        }));

        Choice[] kinds = [new("All channels", "all"), new("Feedback", "feedback"), new("WIPO Magazine paper", "magazine")];
        Choice[] statuses = [new("Open", "open"), new("All", "all"), new("declined", "Declined")];
        Choice[] groups = [new("All groups", "all"), new("CEPIUG", "CEPIUG"), new("PIUG", "PIUG")];
        yield return ("contribution-inbox-empty", InboxCard.Build(new InboxView([], kinds, statuses, groups, "all", "open", "all", "all|open|all")));
        yield return ("contribution-inbox", InboxCard.Build(new InboxView(
        [
            new("feedback", 1, "F1", "Feedback", "PATENTSCOPE", "received, nobody took it yet", "Ada Lovelace (PIUG)", "3 hours ago"),
            new("magazine", 2, "M2", "WIPO Magazine paper", "Searching \"sequences\" <b>in</b> *2027*", "changes asked for", "Chloé Martin (PDG)", "2 days ago"),
        ], kinds, statuses, groups, "all", "all", "CEPIUG", "all|all|CEPIUG")));
        yield return ("contribution-inbox-over-max", InboxCard.Build(new InboxView(
        [
            .. Enumerable.Range(1, InboxCard.MaxShown + 9).Select(i => new InboxRow("feedback", i, $"F{i}", "Feedback", i % 5 == 0 ? new string('P', 80) + "…" : $"Product {i}",
                "taken", $"Member {i} \"quoted\" <b>", $"{i} days ago")),
        ], kinds, statuses, groups, "feedback", "open", "all", "feedback|open|all")));
    }

    private static string Key(string kind, string suffix) => char.ToUpperInvariant(kind[0]) + kind[1..] + suffix;
}
