using CollabBot.Cards.Consultations;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Consultations;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.CardChecks;

/// <summary>The consultations' cards for <see cref="CardCatalog"/>: the representative's card in each language, the staff cards in English.</summary>
public static class ConsultationCards
{
    private const string Initiative = "WIPO plans to show **sequence listings** in PATENTSCOPE results from 2027 \"quoted\" <b>. Would your members use it?";

    public static IEnumerable<(string Name, AdaptiveCard Card)> Member(string language)
    {
        var labels = Texts.In(language, () => new ConsultationLabels(T("Intro"), T("Deadline"), T("OnBehalfOf"), Texts.Of<ConsultationTexts>()["AnswerLabel", "PIUG"],
            T("AnswerPlaceholder"), T("Send"), T("AnswerRequired"), T("ClosedOnCard")));
        var view = new ConsultationView(3, "Sequence listings in PATENTSCOPE", Initiative, "1 December 2026, 17:00 UTC", "PIUG", ConsultationCardState.Open);
        yield return ("consultation-open", ConsultationCard.Build(view, labels));
        yield return ("consultation-answered", ConsultationCard.Build(view with
        {
            State = ConsultationCardState.Answered,
            AnsweredLine = Texts.In<ConsultationTexts>(language, "AlreadyAnswered", "Ada \"A\" <b>", "PIUG", "25 November 2026, 10:00 UTC"),
            Answer = "Yes: our members search sequences daily.\n\n- one\n- two",
        }, labels));
        yield return ("consultation-closed", ConsultationCard.Build(view with { State = ConsultationCardState.Closed }, labels));

        static string T(string key) => Texts.Of<ConsultationTexts>()[key];
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> Staff()
    {
        Choice[] groups = [new("CEPIUG", "CEPIUG"), new("PDG", "PDG"), new("PIUG", "PIUG"), new("AFPIC", "AFPIC"), new("AIDB", "AIDB"), new("Other", "Other")];
        yield return ("consultation-compose-new", ComposeConsultationCard.Build(new ComposeConsultationView(null, null, null, null, ["PDG", "PIUG", "CEPIUG"], groups,
            [new("PDG", "Chloé Martin"), new("PIUG", "Ada Lovelace, Pat Searcher"), new("CEPIUG", "none")], null)));
        yield return ("consultation-compose-problem", ComposeConsultationCard.Build(new ComposeConsultationView("T \"q\"", Initiative, "2026-11-01", "09:00", [], groups, [],
            "That deadline has passed: choose a later one.")));
        yield return ("consultation-compose-no-groups", ComposeConsultationCard.Build(new ComposeConsultationView(null, null, null, null, [], [], [], null)));
        GroupColumn[] columns =
        [
            new("PDG", ["Chloé Martin"], "Chloé Martin", "2026-11-25 10:00 UTC", "Le PDG est favorable."),
            new("PIUG", ["Ada Lovelace", "Pat Searcher"], "Ada Lovelace", "2026-11-25 11:00 UTC", "Yes.\n\n" + new string('x', 1500)),
            new("CEPIUG", []),
        ];
        var staff = new StaffConsultationView(3, "Sequence listings", Initiative, "Open until 2026-12-01 17:00 UTC · asked by Sam Staff", true, columns,
            "Sent to 3 representatives of 2 groups; 1 group asked has no confirmed representative.");
        yield return ("consultation-staff-open", StaffConsultationCard.Build(staff));
        yield return ("consultation-staff-closed-many", StaffConsultationCard.Build(staff with
        {
            Open = false,
            Status = "Closed 2026-12-01 17:00 UTC at its deadline · asked by Sam Staff",
            Note = null,
            Groups = [.. columns, new("AFPIC", ["Dieter Weber"]), new("AIDB", ["Elena García"], "Elena García", "2026-11-30 08:00 UTC", "Sí.")],
        }));
        yield return ("consultation-staff-one-group", StaffConsultationCard.Build(staff with { Groups = [columns[2]] }));
        yield return ("consultations-empty", ConsultationListCard.Build([], NewConsultationCommand.Name));
        yield return ("consultations", ConsultationListCard.Build([.. Enumerable.Range(1, 20).Select(i =>
            new ConsultationListEntry(i, $"Consultation \"{i}\" *md*", "Open until 2026-12-01 17:00 UTC · 1 of 3 groups answered (PDG, PIUG, CEPIUG)"))],
            NewConsultationCommand.Name));
    }
}
