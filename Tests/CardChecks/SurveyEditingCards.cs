using CollabBot.Cards.Model;
using CollabBot.Cards.Surveys;

namespace CollabBot.Tests.CardChecks;

/// <summary>The staff cards of survey audiences, editing and corrections, for <see cref="CardCatalog"/>.</summary>
public static class SurveyEditingCards
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> Staff()
    {
        (string, string)[] types = [("short-text", "Short text"), ("rating", "Rating"), ("single-choice", "Single choice")];
        (string, string)[] products = [("patentscope", "PATENTSCOPE"), ("wipo-lex", "WIPO Lex"), ("ipcpub", "IPC publication (IPCPUB) \"quoted\" <b>")];
        yield return ("survey-author-audiences", SurveyAuthoringCard.Build(new SurveyAuthoringView(["CEPIUG", "PDG"], types, Products: products)));
        yield return ("survey-edit-draft", SurveyAuthoringCard.Build(new SurveyAuthoringView(["CEPIUG", "PDG"], types,
            new Dictionary<string, string>
            {
                ["title"] = "Webinar \"feedback\"",
                ["audienceKind"] = "followers",
                ["products"] = "patentscope,wipo-lex",
                ["members"] = "ada@example.org, bob@example.org",
                ["q1_text"] = "Which?",
                ["q1_type"] = "single-choice",
                ["q1_choices"] = "A; B",
                ["q2_text"] = "Why?",
                ["q2_showif"] = "q1 = A",
            },
            ["audience.followers[1]: \"patentscop\" is not a product of the plans catalogue; choose from patentscope, wipo-lex."],
            products, "webinar-feedback-20261125-1000")));
        yield return ("survey-edit-definition", SurveyImportCard.Build(new SurveyImportView("{\n  \"id\": \"round-table-2026\",\n  \"title\": \"Round Table\"\n}")
        {
            Heading = "Edit \"Round Table <2026>\"",
            Note = "The draft's definition (docs/survey-format.md). Change it and press Save: the draft is replaced as long as its id stays \"round-table-2026\".",
        }));
        yield return ("survey-correction-refused", SurveyImportCard.Build(new SurveyImportView("{ \"id\": \"round-table-2026\" }",
        [
            "question product: the choice \"WIPO Lex\" can't be removed: answers may have chosen it (renaming a choice removes it: answers keep its text). Add new choices at the end.",
            "anonymous can't change: the answers given were stored with names, and members answered on that understanding.",
        ])
        {
            Heading = "Correct \"Round Table 2026\"",
            Refused = "\"Round Table 2026\" (round-table-2026) is open: a correction must keep every answer given, so this one is refused:",
            Note = "A correction may change the title, the introduction and the questions' texts.",
        }));
    }
}
