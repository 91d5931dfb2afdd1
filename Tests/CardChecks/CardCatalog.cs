using CollabBot.Cards.Files;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Help;
using CollabBot.Cards.Members;
using CollabBot.Cards.Model;
using CollabBot.Cards.Plans;
using CollabBot.Cards.Preferences;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Localization;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Preferences;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.CardChecks;

/// <summary>
/// Every card the bot can send, built from sample views that reach each branch of its builder (empty lists,
/// long lists, optional parts present and absent), the member cards in every language the bot speaks. A new card
/// adds its entries here.
/// </summary>
public static class CardCatalog
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in MemberCulture.Languages)
        {
            foreach (var (name, card) in MemberCards(language))
            {
                yield return (language == "en" ? name : $"{name}-{language}", card);
            }
        }

        var since = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        yield return ("pending-groups-empty", PendingGroupsCard.Build(new PendingGroupsView([], "Confirmed Ada in PDG.")));
        yield return ("pending-groups-long", PendingGroupsCard.Build(new PendingGroupsView(
            [.. Enumerable.Range(1, 45).Select(i => new PendingGroupRequest("t", $"m{i}", $"Member {i} \"quoted\" <b>", "CEPIUG", since))])));
        yield return ("pending-groups-representatives", PendingGroupsCard.Build(new PendingGroupsView(
        [
            new PendingGroupRequest("t", "m1", "Ada", "PIUG", since, Represent: true),
            new PendingGroupRequest("t", "m2", "Bob", "CEPIUG", since, Represent: true, RepresentationOnly: true),
            new PendingGroupRequest("t", "m3", "Chloé", "PDG", since),
        ], "Confirmed Ada in PIUG as its representative.")));

        foreach (var card in PlansCards.Staff())
        {
            yield return card;
        }
        foreach (var card in SurveyCards())
        {
            yield return card;
        }
        foreach (var card in QuestionCards.Staff())
        {
            yield return card;
        }
        foreach (var card in NominationCards.Staff())
        {
            yield return card;
        }
        foreach (var card in ContributionCards.Staff())
        {
            yield return card;
        }
        foreach (var card in NewsletterCards.Staff())
        {
            yield return card;
        }
        foreach (var card in NewsletterMarkdownCards.All())
        {
            yield return card;
        }
        foreach (var card in ConsultationCards.Staff())
        {
            yield return card;
        }
        foreach (var card in SurveyEditingCards.Staff())
        {
            yield return card;
        }
        foreach (var card in SurveyResultsCards.Staff())
        {
            yield return card;
        }
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> MemberCards(string language)
    {
        var help = Texts.In(language, () => HelpTexts.HelpLabels(Texts.Of<HelpTexts>()));
        var welcome = Texts.In(language, () => HelpTexts.WelcomeLabels(Texts.Of<HelpTexts>()));
        HelpEntry[] entries = [new("help", "Help", "what I can do", "Type: help"), new("profile", "My profile", "your details", "Type: profile")];
        yield return ("welcome-member", WelcomeCard.Build(new WelcomeView("Hello Ada!", entries, []), welcome));
        yield return ("welcome-staff", WelcomeCard.Build(new WelcomeView("Hello!", entries, entries), welcome));
        yield return ("help-member", HelpCard.Build(new HelpView(false, entries, []), help));
        yield return ("help-not-understood-staff", HelpCard.Build(new HelpView(true, entries, entries), help));

        var profile = Texts.In(language, () => MemberTexts.ProfileLabels(Texts.Of<MemberTexts>()));
        string[] groups = ["CEPIUG", "PDG", "PIUG"];
        yield return ("profile-new", ProfileCard.Build(new ProfileView("Ada", false, "Tell us.", null, null, groups, "preferences"), profile));
        yield return ("profile-pending", ProfileCard.Build(new ProfileView("Ada", false, "You chose **PIUG**.", "PDG", "PIUG", groups, "preferences"), profile));
        yield return ("profile-representative", ProfileCard.Build(new ProfileView("Ada", false, "You are the confirmed representative of **PDG**.", "PDG", null,
            groups, "preferences", Represents: true), profile));
        yield return ("profile-confirmed-staff", ProfileCard.Build(new ProfileView("Sam", true, "Your user group: **PDG**.", "PDG", null, groups, "preferences"), profile));

        foreach (var card in PreferencesCards(language))
        {
            yield return card;
        }

        foreach (var card in FormCards(language))
        {
            yield return card;
        }
        foreach (var card in MemberSurveyCards(language))
        {
            yield return card;
        }
        foreach (var card in PlansCards.Member(language))
        {
            yield return card;
        }
        foreach (var card in QuestionCards.Member(language))
        {
            yield return card;
        }
        foreach (var card in NewsletterCards.Member(language))
        {
            yield return card;
        }
        foreach (var card in NominationCards.Member(language))
        {
            yield return card;
        }
        foreach (var card in ContributionCards.Member(language))
        {
            yield return card;
        }
        foreach (var card in ConsultationCards.Member(language))
        {
            yield return card;
        }
        foreach (var card in SurveyResultsCards.Member(language))
        {
            yield return card;
        }
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> PreferencesCards(string language)
    {
        string T(string key) => Texts.In<PreferencesTexts>(language, key);
        var labels = Texts.In(language, () => PreferencesTexts.Labels(Texts.Of<PreferencesTexts>()));
        (string, string)[] languages = [("auto", T("TeamsLanguage")), ("en", "English"), ("fr", "Français"), ("es", "Español"), ("de", "Deutsch")];
        TopicChoice[] Topics(bool wanted) => [.. MessageTopics.Optional.Select((t, i) => new TopicChoice(t.ToString(), T("Topic" + t), wanted || i == 1))];
        yield return ("preferences-everything", PreferencesCard.Build(new PreferencesView(Topics(true), "auto", languages), labels));
        yield return ("preferences-declined", PreferencesCard.Build(new PreferencesView(Topics(false), "de", languages), labels));
    }

    private static readonly string[] Statuses = ["Draft", "Open", "Closed"];

    private static readonly DateTimeOffset Deadline = new(2026, 12, 31, 17, 0, 0, TimeSpan.Zero);

    private static IEnumerable<(string Name, AdaptiveCard Card)> FormCards(string language)
    {
        var labels = Texts.In(language, () => FormTexts.Labels(Texts.Of<FormTexts>()));
        string[] three = ["PATENTSCOPE", "Global Brand Database", "WIPO Inspire"];
        string[] many = [.. Enumerable.Range(1, 9).Select(i => $"Choice {i} \"quoted\" <b>")];
        foreach (var kind in Enum.GetValues<FormInputKind>())
        {
            var choices = kind is FormInputKind.SingleChoice or FormInputKind.MultiChoice ? three : [];
            yield return ($"question-{kind}", QuestionCard.Build(new QuestionView("survey", "s1", "User feedback", "q", "A question?", kind, choices,
                kind == FormInputKind.ShortText ? 1 : 3, 8, kind != FormInputKind.LongText, "Type your answer.", kind == FormInputKind.Rating ? "4 / 5" : null), labels));
        }
        yield return ("question-many-choices", QuestionCard.Build(new QuestionView("survey", "s1", "T", "q", "Pick one", FormInputKind.SingleChoice, many, 2, 2, true, "Pick."), labels));

        FormCardField[] fields = [.. Enum.GetValues<FormInputKind>().Select(k => new FormCardField("f" + (int)k, $"Question {k}", k,
            k == FormInputKind.SingleChoice ? many : k == FormInputKind.MultiChoice ? three : [], (int)k % 2 == 0)
        {
            Value = k switch { FormInputKind.Number => "12", FormInputKind.MultiChoice => "1,3", FormInputKind.Date => "2026-12-01", _ => null },
            Min = k == FormInputKind.Number ? 0 : null,
            Max = k == FormInputKind.Number ? 100 : null,
            MaxLength = k is FormInputKind.ShortText or FormInputKind.LongText ? 500 : null,
        })];
        yield return ("form-card", FormCard.Build(new FormCardView("survey", "s1", "User feedback", "Intro text.", fields), labels));
        var only = Texts.In(language, () => Texts.Of<FormTexts>()["OnlyIf", "PATENTSCOPE, WIPO Lex " + Texts.Of<FormTexts>()["Or"] + " \"Other\" <b>", 1].Value);
        yield return ("form-card-branching", FormCard.Build(new FormCardView("survey", "s1", "Product use", "",
            [.. fields.Select((f, i) => i % 2 == 1 ? f with { Condition = only } : f)]), labels));
        yield return ("form-card-preview-problems", FormCard.Build(new FormCardView("survey", "s1", "User feedback", "", fields, Preview: true,
            Note: "Anonymous.", Problems: ["Question 2 needs an answer."]), labels));
        yield return ("form-summary", FormSummaryCard.Build(new FormSummaryView("survey", "s1", "User feedback", [("Q1?", "PATENTSCOPE"), ("Q2?", "(no answer)")], true, true, "Anonymous."), labels));
        yield return ("form-summary-unfinished-closed", FormSummaryCard.Build(new FormSummaryView("survey", "s1", "User feedback", [("Q1?", "Yes")], false, false), labels));
        yield return ("form-continue", ContinueCard.Build(new ContinueView("survey", "s1", "User feedback", 3, 8), labels));
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> MemberSurveyCards(string language)
    {
        var labels = Texts.In(language, () => SurveyTexts.Labels(Texts.Of<SurveyTexts>()));
        yield return ("survey-invitation", InvitationCard.Build(new InvitationView("s1", "User feedback", "Five questions.", 5, Deadline, true), labels));
        yield return ("survey-reminder", InvitationCard.Build(new InvitationView("s1", "User feedback", "", 5, null, false, Reminder: true, Answered: 2), labels));
        yield return ("my-surveys-empty", MySurveysCard.Build(new MySurveysView([]), labels));
        yield return ("my-surveys", MySurveysCard.Build(new MySurveysView(
        [
            new("s1", "Not started", true, 0, 5, false, Deadline),
            new("s2", "Half way", true, 2, 5, false, null),
            new("s3", "Done", true, 5, 5, true, Deadline),
            new("s4", "Closed, answered", false, 3, 5, true, Deadline),
            new("s5", "Closed, results shared", false, 5, 5, true, Deadline) { ResultsShared = true },
        ]), labels));
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> SurveyCards()
    {
        var deadline = Deadline;
        yield return ("survey-list-empty", SurveyListCard.Build(new SurveyListView([])));
        yield return ("survey-list", SurveyListCard.Build(new SurveyListView(
            [.. Statuses.SelectMany(status => Enumerable.Range(1, 7).Select(i =>
                new SurveyListItem($"s-{status}-{i}", $"Survey {i} <{status}>", status, 8, i % 2 == 0, "CEPIUG, PDG", i % 3 == 0 ? null : deadline, i, 40)))],
            "Opened \"Survey 1\".")));
        (string, string)[] types = [("short-text", "Short text"), ("rating", "Rating")];
        yield return ("survey-author", SurveyAuthoringCard.Build(new SurveyAuthoringView(["CEPIUG", "PDG"], types)));
        yield return ("survey-author-problems", SurveyAuthoringCard.Build(new SurveyAuthoringView(["CEPIUG", "PDG"], types,
            new Dictionary<string, string> { ["title"] = "T", ["audience"] = "PDG", ["q1_text"] = "Q?", ["q1_type"] = "rating", ["q1_required"] = "false" },
            ["Question 1.choices: only applies to single-choice and multi-choice questions, not rating."])));
        yield return ("survey-author-branching-problems", SurveyAuthoringCard.Build(new SurveyAuthoringView(["CEPIUG", "PDG"], types,
            new Dictionary<string, string> { ["title"] = "T", ["q1_text"] = "Which?", ["q1_type"] = "multi-choice", ["q1_choices"] = "A; B", ["q2_text"] = "Why?", ["q2_showif"] = "q1 = A, C" },
            ["Question 2 (only if): \"C\" is not a choice of \"q1\"; its choices are \"A\", \"B\"."])));
        yield return ("survey-import", SurveyImportCard.Build(new SurveyImportView()));
        yield return ("survey-import-problems", SurveyImportCard.Build(new SurveyImportView("{ \"id\": 1 }", ["Line 1, id: must be a text in quotes, not 1.", "Line 1, title: is missing."])));
        QuestionResult[] questions =
        [
            new(1, "Which product?", 3, [new("PATENTSCOPE", 2, 2 / 3.0), new("WIPO Inspire", 1, 1 / 3.0), new("Global Brand Database", 0, 0)], null, []),
            new(2, "How satisfied?", 3, [.. Enumerable.Range(1, 5).Reverse().Select(n => new TallyRow($"{n} ★", n == 4 ? 3 : 0, n == 4 ? 1 : 0))], "average 4.0 / 5", []),
            new(3, "Searches per week?", 2, [], "average 12, lowest 4, highest 20", []),
            new(4, "What should we improve?", 12, [], null, [.. Enumerable.Range(1, 5).Select(i => $"Answer {i} with \"quotes\" and <html>")], 12),
        ];
        QuestionResult[] branching =
        [
            new(1, "Which products?", 3, [new("PATENTSCOPE", 2, 2 / 3.0), new("WIPO Lex", 1, 1 / 3.0)], null, []),
            new(2, "How often do you use PATENTSCOPE?", 2, [new("Daily", 2, 1), new("Rarely", 0, 0)], null, []) { ShownTo = 2, Condition = "only if question 1 is PATENTSCOPE" },
            new(3, "One wish?", 0, [], null, []) { ShownTo = 1, Condition = "only if question 2 is Daily or Weekly" },
        ];
        yield return ("survey-results-branching", ResultsCard.Build(new ResultsView("s2", "Product use", "Open", false, 10, 3, 0, branching)));
        yield return ("survey-results", ResultsCard.Build(new ResultsView("s1", "User feedback", "Open", false, 40, 3, 2, questions, 1, 3, deadline)
        { Part = 1, Parts = 3, QuestionCount = 12 }));
        yield return ("survey-export-ready", ExportReadyCard.Build(new ExportReadyView("The responses to \"User feedback\" as CSV", "s1-results.csv",
            "http://127.0.0.1:10000/devstoreaccount1/files/surveys/s1/abc/s1-results.csv?sv=2025-01-05&se=2026-12-02T10%3A15%3A00Z&sr=b&sp=r&sig=x",
            deadline, "press the export button on the results card again for a new one.")));
        yield return ("survey-results-anonymous-empty", ResultsCard.Build(new ResultsView("s1", "User feedback", "Closed", true, 0, 0, 0,
            [new(1, "Q?", 0, [], null, [])])));
        foreach (var card in ScheduleCards(deadline, questions))
        {
            yield return card;
        }
    }

    /// <summary>Scheduled surveys, surveys closed at their number of responses, editions and their comparison.</summary>
    private static IEnumerable<(string Name, AdaptiveCard Card)> ScheduleCards(DateTimeOffset deadline, QuestionResult[] questions)
    {
        var opens = deadline.AddDays(-30);
        yield return ("survey-list-schedules", SurveyListCard.Build(new SurveyListView(
        [
            new("s-to-schedule", "Round Table 2027 <b>", "Draft", 8, false, "all members", deadline, 0, 0) { Opens = opens, CanSchedule = true, CloseAfterResponses = 50 },
            new("s-past-opening", "Opening passed", "Draft", 8, false, "all members", null, 0, 0) { Opens = opens },
            new("s-scheduled", "Round Table 2026", "Scheduled", 8, true, "PDG", deadline, 0, 0) { Opens = opens },
            new("s-limit-open", "Quick poll", "Open", 2, false, "all members", null, 3, 40) { CloseAfterResponses = 10 },
            new("s-limit-closed", "Quick poll 2025", "Closed", 2, false, "all members", null, 10, 40) { CloseAfterResponses = 10, ClosedByLimit = true },
        ], "Scheduled \"Round Table 2026\": it opens by itself at 2026-12-01 17:00 UTC and its invitations go out then.")));
        yield return ("survey-results-previous-edition", ResultsCard.Build(new ResultsView("s1", "Round Table 2026", "Open", false, 40, 3, 2, questions)
        {
            PreviousEditionTitle = "Round Table 2025 \"quoted\" <b>",
        }));
        EditionRow[] rows =
        [
            new("PATENTSCOPE", 2, 0.5, 2, 2 / 3.0), new("Global Brand Database", 1, 0.25, 0, 0), new("WIPO Lex", 0, 0, 1, 1 / 3.0),
            new("WIPO Inspire \"old\" <b>", 1, 0.25, 0, 0),
        ];
        yield return ("survey-year-on-year", YearOnYearCard.Build(new YearOnYearView("s2", "Round Table 2026", "Round Table 2025", 4, 2,
            [new(1, "Which product?", 4, 3, rows), new(2, "How satisfied?", 4, 2, [.. Enumerable.Range(1, 5).Reverse().Select(n => new EditionRow($"{n} ★", n, 0.2, 1, 0.2))])],
            [3, 5], deadline)
        { Part = 1, Parts = 3 }));
        yield return ("survey-year-on-year-empty", YearOnYearCard.Build(new YearOnYearView("s2", "Round Table 2026", "Round Table 2025", 0, 0, [], [1])));
    }
}
