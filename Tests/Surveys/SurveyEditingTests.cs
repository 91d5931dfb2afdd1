using System.Text.Json.Nodes;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>Staff duplicate a survey, edit a draft, and correct an open or closed one without losing its answers.</summary>
public sealed class SurveyEditingTests
{
    [Theory]
    [InlineData("round-table-2026", 1, "round-table-2026-copy")]
    [InlineData("round-table-2026", 2, "round-table-2026-copy-2")]
    [InlineData("round-table-2026-copy", 1, "round-table-2026-copy")]
    [InlineData("round-table-2026-copy-7", 3, "round-table-2026-copy-3")]
    [InlineData("abcdefghi-abcdefghi-abcdefghi-abcdefghij", 1, "abcdefghi-abcdefghi-abcdefghi-abcde-copy")]
    [InlineData("abcdefghi-abcdefghi-abcdefghi-abcdefghij", 12, "abcdefghi-abcdefghi-abcdefghi-ab-copy-12")]
    [InlineData("abcdefghi-abcdefghi-abcdefghi-a-cdefghij", 12, "abcdefghi-abcdefghi-abcdefghi-a-copy-12")]
    public void CopiesAreNamedAfterTheOriginal(string id, int n, string expected)
    {
        var copy = DuplicateSurveyOperation.CopyId(id, n);

        Assert.Equal(expected, copy);
        Assert.InRange(copy.Length, 3, SurveyImport.MaxIdLength);
    }

    [Fact]
    public async Task ADuplicateIsANewDraftWithTheSameDefinitionAndNoneOfTheState()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var deadline = chat.Clock.GetUtcNow().AddDays(5);
        var original = await chat.OpenSampleAsync(deadline: deadline);
        await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, ("f_product", "1"), ("f_satisfaction", "5"), ("f_contact", "yes"));
        chat.Clock.Advance(TimeSpan.FromHours(1));
        var list = ListCard(await chat.SaysAsync(Sam, "surveys"));

        var replies = await chat.PressesAsync(Sam, Button(list, "Duplicate", SampleSurvey.Id));

        Assert.Contains("Duplicated \"User feedback\" as the draft user-feedback-copy: edit it, then open it.", replies.Shown(), StringComparison.Ordinal);
        Assert.IsType<CardUpdate>(Assert.Single(replies)); // the list card pressed is updated in place
        var copy = (await chat.Surveys.FindAsync("user-feedback-copy", default))!;
        Assert.Equal((SurveyStatus.Draft, null, null, deadline, chat.Clock.GetUtcNow(), Sam.Id.ObjectId),
            (copy.Status, copy.OpenedAt, copy.ClosedAt, copy.Deadline, copy.Created, copy.CreatedBy));
        Assert.Equal(SurveyDefinition.ToJson(original with { Id = copy.Id }), SurveyDefinition.ToJson(copy));
        Assert.Empty(await chat.Surveys.ListResponsesAsync(copy.Id, default));
        Assert.Equal(SurveyStatus.Open, (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!.Status);
        Assert.Single(await chat.Surveys.ListResponsesAsync(SampleSurvey.Id, default));

        Assert.Contains("as the draft user-feedback-copy-2", (await chat.SaysAsync(Sam, "duplicate survey user-feedback")).Shown(), StringComparison.Ordinal);
        Assert.Contains("as the draft user-feedback-copy-3", (await chat.SaysAsync(Sam, "copy survey user-feedback-copy")).Shown(), StringComparison.Ordinal);
        Assert.Contains("There is no survey \"nope\"", (await chat.SaysAsync(Sam, "duplicate survey nope")).Shown(), StringComparison.Ordinal);
        Assert.Equal(4, (await chat.Surveys.ListAsync(default)).Count);
    }

    [Fact]
    public async Task ADuplicateLeavesOutADeadlineThatHasPassed()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var deadline = chat.Clock.GetUtcNow().AddDays(2);
        await chat.OpenSampleAsync(deadline: deadline);
        chat.Clock.SetUtcNow(deadline.AddDays(1));
        await chat.Deliveries.RunDueAsync();

        var replies = await chat.SaysAsync(Sam, "duplicate survey user-feedback");

        Assert.Contains("Its deadline had passed, so the copy has none: set one when you edit it.", replies.Shown(), StringComparison.Ordinal);
        Assert.Null((await chat.Surveys.FindAsync("user-feedback-copy", default))!.Deadline);
        Assert.Equal(SurveyStatus.Closed, (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!.Status);
    }

    [Fact]
    public async Task MembersCannotDuplicateOrEdit()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();

        Assert.Equal(English.StaffOnly, (await chat.PressesAsync(Ada, SurveyVerbs.Duplicate, (SurveyVerbs.SurveyKey, SampleSurvey.Id))).Shown());
        Assert.Equal(English.StaffOnly, (await chat.PressesAsync(Ada, SurveyVerbs.Edit, (SurveyVerbs.SurveyKey, SampleSurvey.Id))).Shown());
        Assert.Single(await chat.Surveys.ListAsync(default));
    }

    [Fact]
    public async Task ADraftThatFitsTheCardIsEditedOnItAndKeepsItsId()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb,
            ("title", "Webinar feedback!"), ("intro", "Two questions."), ("deadline", "2026-12-15"), ("anonymous", "true"), ("audience", "PIUG,CEPIUG"),
            ("q1_text", "Which session helped most?"), ("q1_type", "single-choice"), ("q1_choices", "Search; Analytics, AI ;Translation"), ("q1_required", "true"),
            ("q2_text", "Rate the webinar"), ("q2_type", "rating"), ("q2_required", "false"), ("q2_showif", "q1 = Search, Translation"));
        var draft = Assert.Single(await chat.Surveys.ListAsync(default));
        chat.Clock.Advance(TimeSpan.FromDays(1)); // a new slug would differ
        var list = ListCard(await chat.SaysAsync(Sam, "surveys"));

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(Sam, Button(list, "Edit", draft.Id)))).Card;

        Assert.Equal("Edit a draft survey", card.Heading());
        var values = Inputs(card);
        Assert.Equal(("Webinar feedback!", "2026-12-15", "true", "groups", "PIUG,CEPIUG"),
            (values["title"], values["deadline"], values["anonymous"], values["audienceKind"], values["audience"]));
        Assert.Equal(("Search; Analytics, AI; Translation", "false", "q1 = Search, Translation", ""),
            (values["q1_choices"], values["q2_required"], values["q2_showif"], values["q3_text"]));
        var save = Assert.Single(card.Buttons());
        Assert.Equal(draft.Id, save.Data[SurveyVerbs.SurveyKey]);

        values["title"] = "Webinar feedback";
        values["q3_text"] = "Anything else?";
        values["q3_type"] = "long-text";
        var replies = await chat.PressesAsync(Sam, save, [.. values.Select(v => (v.Key, v.Value))]);

        Assert.Contains($"Replaced the draft \"Webinar feedback\" ({draft.Id}, 3 questions)", replies.Shown(), StringComparison.Ordinal);
        var edited = Assert.Single(await chat.Surveys.ListAsync(default));
        Assert.Equal((draft.Id, "Webinar feedback", 3), (edited.Id, edited.Title, edited.Questions.Count));
        Assert.Equal(SurveyDefinition.ToJson(draft with { Title = "Webinar feedback", Questions = edited.Questions }), SurveyDefinition.ToJson(edited));
    }

    [Fact]
    public async Task ADraftToFollowersIsEditedOnTheCardWithItsProductsTicked()
    {
        using var chat = new ChatHarness().WithKnownPeople().WithSampleCatalogue();
        await chat.SaysAsync(Sam, "import survey {\"id\": \"ps-draft\", \"title\": \"PS\", \"audience\": {\"followers\": [\"wipo-lex\", \"patentscope\"]}, " +
            "\"questions\": [{\"id\": \"q1\", \"text\": \"Rate it\", \"type\": \"rating\"}]}");
        var draft = (await chat.Surveys.FindAsync("ps-draft", default))!;

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "edit survey ps-draft"))).Card;

        var values = Inputs(card);
        Assert.Equal(("followers", "wipo-lex,patentscope"), (values["audienceKind"], values["products"]));
        values["title"] = "PATENTSCOPE and WIPO Lex";
        await chat.PressesAsync(Sam, Assert.Single(card.Buttons()), [.. values.Select(v => (v.Key, v.Value))]);
        var edited = Assert.Single(await chat.Surveys.ListAsync(default));
        Assert.Equal(("ps-draft", "followers of WIPO Lex, PATENTSCOPE"), (edited.Id, edited.AudienceText));
        Assert.Equal(SurveyDefinition.ToJson(draft with { Title = "PATENTSCOPE and WIPO Lex" }), SurveyDefinition.ToJson(edited));
    }

    [Fact]
    public async Task TheEditCardKeepsTheIdWhenItComesBackWithMistakes()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb, ("title", "Short"), ("q1_text", "Rate it"), ("q1_type", "rating"));
        var draft = Assert.Single(await chat.Surveys.ListAsync(default));
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "edit survey " + draft.Id))).Card;

        var values = Inputs(card);
        values["q1_choices"] = "A; B";
        var again = Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(Sam, Assert.Single(card.Buttons()), [.. values.Select(v => (v.Key, v.Value))]))).Card;

        Assert.Contains("Question 1.choices: only applies to single-choice and multi-choice questions", again.AllText(), StringComparison.Ordinal);
        Assert.Equal(draft.Id, Assert.Single(again.Buttons()).Data[SurveyVerbs.SurveyKey]);
    }

    [Theory]
    [InlineData("survey-example.json", "round-table-2026")]
    [InlineData("survey-playground.json", "playground-four")] // bounds on a number: the card has none
    public async Task ADraftTheCardCannotHoldIsEditedAsItsDefinition(string file, string id)
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.SaysAsync(Sam, "import survey " + File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", file)));
        var draft = (await chat.Surveys.FindAsync(id, default))!;

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "edit survey " + id))).Card;

        Assert.Equal($"Edit \"{draft.Title}\"", card.Heading());
        var definition = Inputs(card)[SurveyVerbs.DefinitionInput];
        Assert.Equal(SurveyDefinition.ToJson(draft), definition);
        var edited = JsonNode.Parse(definition)!;
        edited["title"] = "Edited";
        var replies = await chat.PressesAsync(Sam, Assert.Single(card.Buttons()), (SurveyVerbs.DefinitionInput, edited.ToJsonString()));
        Assert.Contains($"Replaced the draft \"Edited\" ({id}", replies.Shown(), StringComparison.Ordinal);
        Assert.Equal("Edited", Assert.Single(await chat.Surveys.ListAsync(default)).Title);
    }

    [Fact]
    public async Task ATypoInAnOpenSurveyIsCorrectedKeepingItsAnswersAndStateAndMembersSeeTheNewText()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var opened = await chat.OpenSampleAsync(deadline: chat.Clock.GetUtcNow().AddDays(5));
        await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, ("f_product", "2"), ("f_satisfaction", "4"), ("f_contact", "yes"));
        await chat.PressesFormAsync(Bob, FormVerbs.Start);
        await chat.SaysAsync(Bob, "1");
        var answers = Answers(await chat.Surveys.ListResponsesAsync(SampleSurvey.Id, default));
        var list = ListCard(await chat.SaysAsync(Sam, "surveys"));
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.PressesAsync(Sam, Button(list, "Correct", SampleSurvey.Id)))).Card;
        Assert.Equal("Correct \"User feedback\"", card.Heading());
        Assert.Contains("\"User feedback\" is open: its answers are kept. A correction may change the title", card.AllText(), StringComparison.Ordinal);

        var definition = JsonNode.Parse(Inputs(card)[SurveyVerbs.DefinitionInput])!;
        definition["questions"]![1]!["text"] = "How satisfied are you with it?";
        definition["questions"]![0]!["choices"]!.AsArray().Add("WIPO Lex");
        var replies = await chat.PressesAsync(Sam, Assert.Single(card.Buttons()), (SurveyVerbs.DefinitionInput, definition.ToJsonString()));

        Assert.Contains("Corrected \"User feedback\": answers kept.", replies.Shown(), StringComparison.Ordinal);
        var corrected = (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!;
        Assert.Equal((SurveyStatus.Open, opened.OpenedAt, opened.Created, opened.CreatedBy, opened.Deadline),
            (corrected.Status, corrected.OpenedAt, corrected.Created, corrected.CreatedBy, corrected.Deadline));
        Assert.Equal(["PATENTSCOPE", "Global Brand Database", "WIPO Inspire", "WIPO Lex"], corrected.Questions[0].Choices);
        Assert.Equal(answers, Answers(await chat.Surveys.ListResponsesAsync(SampleSurvey.Id, default)));
        Assert.Contains("How satisfied are you with it?", (await chat.PressesFormAsync(Bob, FormVerbs.Start)).Shown(), StringComparison.Ordinal);

        Assert.Contains("Nothing to correct in \"User feedback\"", (await chat.SaysAsync(Sam, "import survey " + definition.ToJsonString())).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionThatWouldInvalidateAnswersIsRefusedWithEveryReasonAndChangesNothing()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.OpenSampleAsync();
        await chat.PressesFormAsync(Ada, FormVerbs.SubmitAll, ("f_product", "2"), ("f_satisfaction", "4"), ("f_contact", "yes"));
        var before = (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!;
        var definition = JsonNode.Parse(SurveyDefinition.ToJson(before))!;
        definition["title"] = "Typo fixed";
        definition["questions"]![0]!["choices"] = new JsonArray("PATENTSCOPE", "WIPO Inspire");
        definition["questions"]![2]!.AsObject().Remove("required");

        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "import survey " + definition.ToJsonString()))).Card;

        var shown = card.AllText();
        Assert.Contains("\"User feedback\" (user-feedback) is open: a correction must keep every answer given, so this one is refused:", shown, StringComparison.Ordinal);
        Assert.Contains("• question product: the choice \"Global Brand Database\" can't be removed: answers may have chosen it", shown, StringComparison.Ordinal);
        Assert.Contains("• question product: the choice \"WIPO Inspire\" can't move", shown, StringComparison.Ordinal);
        Assert.Contains("• question improve: can't become required", shown, StringComparison.Ordinal);
        Assert.Contains("A correction may change the title", shown, StringComparison.Ordinal);
        Assert.Contains("Typo fixed", Inputs(card)[SurveyVerbs.DefinitionInput], StringComparison.Ordinal); // kept to fix
        var after = (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!;
        Assert.Same(before, after);
    }

    [Fact]
    public async Task AClosedSurveyWhoseDeadlinePassedCanStillBeCorrected()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var deadline = chat.Clock.GetUtcNow().AddDays(2);
        await chat.OpenSampleAsync(deadline: deadline);
        chat.Clock.SetUtcNow(deadline.AddDays(1));
        await chat.Deliveries.RunDueAsync();
        var closed = (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!;
        var definition = JsonNode.Parse(SurveyDefinition.ToJson(closed))!;
        definition["intro"] = "Five quick questions about our products, corrected.";

        var replies = await chat.SaysAsync(Sam, "import survey " + definition.ToJsonString());

        Assert.Contains("Corrected \"User feedback\": answers kept.", replies.Shown(), StringComparison.Ordinal);
        var corrected = (await chat.Surveys.FindAsync(SampleSurvey.Id, default))!;
        Assert.Equal((SurveyStatus.Closed, closed.ClosedAt, deadline), (corrected.Status, corrected.ClosedAt, corrected.Deadline));
        Assert.Equal("Five quick questions about our products, corrected.", corrected.Intro);
        Assert.Contains("Correct", string.Join(",", ListCard(await chat.SaysAsync(Sam, "surveys")).Buttons().Select(b => b.Title)), StringComparison.Ordinal);
    }

    private static AdaptiveCard ListCard(IReadOnlyList<Reply> replies) =>
        Assert.IsType<CardReply>(Assert.Single(replies, r => r is CardReply c && c.Card.Heading() == SurveyListCard.Heading)).Card;

    private static SubmitAction Button(AdaptiveCard card, string title, string surveyId) =>
        card.Buttons().Single(b => b.Title == title && b.Data.GetValueOrDefault(SurveyVerbs.SurveyKey) == surveyId);

    private static string[] Answers(IEnumerable<SurveyResponse> responses) =>
        [.. responses.OrderBy(r => r.RespondentKey, StringComparer.Ordinal).Select(r => $"{r.RespondentKey}:{r.Complete}:{string.Join(",", r.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))}")];

    /// <summary>What the card's inputs hold, by id, as Teams would send them back.</summary>
    private static Dictionary<string, string> Inputs(AdaptiveCard card)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(IEnumerable<CardElement> elements)
        {
            foreach (var element in elements)
            {
                switch (element)
                {
                    case TextInput t:
                        values[t.Id!] = t.Value ?? "";
                        break;
                    case DateInput d:
                        values[d.Id!] = d.Value ?? "";
                        break;
                    case ToggleInput t:
                        values[t.Id!] = t.Value ?? t.ValueOff;
                        break;
                    case ChoiceSetInput c:
                        values[c.Id!] = c.Value ?? "";
                        break;
                    case Container c:
                        Walk(c.Items);
                        break;
                    case ColumnSet s:
                        Walk(s.Columns.SelectMany(col => col.Items));
                        break;
                }
            }
        }
        Walk(card.Body);
        return values;
    }
}
