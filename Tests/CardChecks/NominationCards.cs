using CollabBot.Cards.Model;
using CollabBot.Cards.Nominations;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Nominations;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.CardChecks;

/// <summary>The nominations' cards for <see cref="CardCatalog"/>, each branch reached: the member cards in each language, the staff cards in English.</summary>
public static class NominationCards
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("A long motivation with \"quotes\", <b>html</b>, *markdown* and [a link](https://example.org). ", 30))[..2000];

    public static IEnumerable<(string Name, AdaptiveCard Card)> Member(string language)
    {
        string T(string key, params object[] args) => Texts.In<NominationTexts>(language, key, args);

        yield return ("nomination-kinds", NominationKindCard.Build(T("KindsHeading"), T("KindsIntro"),
            [.. Enum.GetValues<NominationKind>().Select(k => new KindChoice(k.ToString(), T($"Kind{k}"), T($"KindDescription{k}")))]));
        yield return ("nomination-ask-nominator", NominatorConsentCard.Build(new NominatorConsentView(1,
            T("RecordedAskConsent", "N1", "Grace \"Amazing Grace\" Hopper <b>*PhD*</b>"), T("ConfirmAgreed"), T("Withdraw"))));
        yield return ("nomination-ask-nominee", NomineeConsentCard.Build(new NomineeConsentView(12, T("ConsentHeading"),
            T("ConsentText", "Chloé Martin (PDG)", T("KindTrainer")), T("Agree"), T("DeclineConsent"))));

        var labels = new MyNominationsLabels(T("MineHeading"), T("MineEmpty"), T("Status"), T("Withdraw"), T("NominateTitle"));
        yield return ("my-nominations-empty", MyNominationsCard.Build([], labels, NominateCommand.Name));
        string[] history = [$"2026-11-25: {T("StepNominated")}", $"2026-11-25: {T("StepConfirmed")}", $"2026-11-26: {T("StepWentToReview")}",
            $"2026-11-27: {T("StepOnHold")}", $"2026-11-28: {T("StepResumed")}", $"2026-11-29: {T("StepAccepted")}"];
        yield return ("my-nominations", MyNominationsCard.Build(
        [
            new(3, "N3", T("KindSpeaker"), "PIUG \"Annual\" Conference <b>", T("StatusUnderReview"), history[..3], true),
            new(2, "N2", T("KindTrainer"), "Grace Hopper", T("StatusAccepted"), history, false),
            new(1, "N1", T("KindExpert"), "", T("StatusWithdrawn"), [$"2026-11-25: {T("StepNominated")}", $"2026-11-25: {T("StepWithdrawn")}"], false),
        ], labels, NominateCommand.Name));
        yield return ("my-nominations-over-max", MyNominationsCard.Build([.. Enumerable.Range(1, MyNominationsCard.MaxShown + 5).Reverse().Select(i => new MyNomination(
            i, $"N{i}", T(i % 3 == 0 ? "KindSpeaker" : "KindExpert"), i % 4 == 0 ? new string('N', 200) : $"Nominee {i} \"quoted\" *markdown*",
            T(i % 2 == 0 ? "StatusAwaitingConsent" : "StatusDeclined"), history, i % 2 == 0))], labels, NominateCommand.Name));
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> Staff()
    {
        StaffChoice[] staff = [new("t1/sam", "Sam Staff"), new("t1/kim", "Kim \"K\" Staff <b>"), new("t1/lee", "Lee Lead")];
        Fact[] facts =
        [
            new("Nominee", "Grace \"Amazing Grace\" Hopper <b>"), new("Organisation", "US Navy"), new("Expertise", "Sequence searching, Machine translation, *COBOL*"),
            new("Languages", "English, French"), new("Availability", "Two weeks a year"), new("Nominated by", "Ada Lovelace (PIUG)"),
        ];
        string[] history = ["2026-11-25 10:00 UTC Ada Lovelace nominated", "2026-11-25 10:00 UTC Ada Lovelace confirmed the nominee agreed",
            "2026-11-25 10:00 UTC CollabBot went to review"];
        NominationCardView Card(string status, bool underReview, bool onHold) => new(1, "N1", "Expert for a WIPO project", status, facts,
            "Taught sequence searching at three CEPIUG workshops.", "2 of 2 reviewers must recommend it", [], history, staff, underReview, onHold);

        yield return ("nomination-under-review", NominationCard.Build(Card("under review", true, false)));
        yield return ("nomination-under-review-no-staff", NominationCard.Build(Card("under review", true, false) with { Staff = [], Motivation = null }));
        yield return ("nomination-reviews-long", NominationCard.Build(Card("under review", true, false) with
        {
            Motivation = Long,
            Panel = "2 of 2 reviewers must recommend it; asked: Kim \"K\" Staff <b>, Lee Lead",
            Reviews = ["Kim Staff: conflict of interest declared", $"Lee Lead: 2/5, does not recommend it: {Long[..1000]}"],
            History = [.. Enumerable.Range(1, 40).Select(i => $"2026-11-{1 + (i % 28):D2} 10:{i % 60:D2} UTC Sam Staff did step {i} \"quoted\" <b>")],
            Staff = [.. Enumerable.Range(1, 60).Select(i => new StaffChoice($"t1/s{i}", $"Staff member {i}"))],
        }));
        yield return ("nomination-on-hold", NominationCard.Build(Card("on hold", false, true) with { History = [.. history, "2026-11-26 09:00 UTC Sam Staff put it on hold"] }));
        yield return ("nomination-accepted", NominationCard.Build(Card("accepted", false, false) with
        {
            Facts = [.. facts, new("Decision", "accepted: 2 of 2 reviewers recommend it"), new("In the directory until", "2028-11-25")],
            Reviews = ["Kim Staff: 5/5, recommends it: Strong record.", "Lee Lead: 4/5, recommends it"],
        }));
        yield return ("nomination-declined-speaker", NominationCard.Build(new NominationCardView(2, "N2", "Speaker request", "declined",
            [new("Event", "PIUG \"Annual\" Conference"), new("Date", "2027-05-04"), new("Place", "online"), new("Audience", "About 200 <b>searchers</b>"),
             new("Topics", ""), new("Language", "English"), new("Asked by", "Ada Lovelace")],
            "", "1 of 1 reviewers must recommend it", ["Kim Staff: 1/5, does not recommend it"], history, staff, false, false)));
        yield return ("nomination-details-removed", NominationCard.Build(new NominationCardView(3, "N3", "Trainer for TISC", "withdrawn",
            [new("Details", "removed"), new("Nominated by", "Chloé Martin (PDG)")], null, "2 of 2 reviewers must recommend it",
            ["Kim Staff: 4/5, recommends it"], [.. history, "2026-11-26 09:00 UTC Chloé Martin withdrew it; details removed"], [], false, false)));

        yield return ("nominations-empty", NominationListCard.Build("Nominations: chemistry", "No nomination matches.", []));
        yield return ("nominations-over-max", NominationListCard.Build("Nominations", "No nomination matches.",
        [
            .. Enumerable.Range(1, NominationListCard.MaxShown + 12).Select(i => new NominationRow(i, $"N{i}", i % 3 == 0 ? "Speaker request" : "Trainer for WIPO Academy",
                i % 5 == 0 ? "" : $"Nominee {i} \"quoted\" <b>", i % 2 == 0 ? "under review" : "withdrawn",
                i % 2 == 0 ? "Chemistry searching, *Legal status* · English, French" : "details removed")),
        ]));
        yield return ("experts-directory", NominationListCard.Build("Experts and trainers: sequence who speak French", "Nobody in the directory matches.",
            [new(1, "N1", "Expert for a WIPO project", "Grace Hopper", "until 2028-11-25", "Sequence searching · English, French")]));
    }
}
