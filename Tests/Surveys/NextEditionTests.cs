using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>A recurring survey: its next edition is a draft a year later, linked to it, and the two compare side by side.</summary>
public sealed class NextEditionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Survey Edition(string id, string title, DateTimeOffset? opens = null, DateTimeOffset? deadline = null, IReadOnlyList<FormField>? questions = null) =>
        new(id, title, "Intro", questions ?? [new FormField("q1", "Q?", FieldType.YesNo)], false, ["PDG"], deadline, "kim", new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero))
        {
            Status = SurveyStatus.Closed,
            Opens = opens,
            OpenedAt = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero),
            CloseAfterResponses = 30,
        };

    [Theory]
    [InlineData("round-table-2025", "Round Table 2025 feedback", "round-table-2026", "Round Table 2026 feedback")]
    [InlineData("pdg-2025-survey", "PDG survey", "pdg-2026-survey", "PDG survey 2026")]
    [InlineData("rt-feedback", "Round Table 2025", "rt-feedback-2026", "Round Table 2026")]
    [InlineData("user-feedback", "User feedback", "user-feedback-2026", "User feedback 2026")]
    [InlineData("webinar-feedback-20250301-0900", "Webinar feedback", "webinar-feedback-20250301-0900-2026", "Webinar feedback 2026")]
    [InlineData("a-very-long-survey-id-that-fills-forty-c", "Long", "a-very-long-survey-id-that-fills-fo-2026", "Long 2026")]
    public void TheNextEditionIsNamedForTheNextYear(string id, string title, string nextId, string nextTitle)
    {
        var (next, dropped) = SurveyEditions.Next(Edition(id, title), "sam", Now);

        Assert.Equal((nextId, nextTitle), (next.Id, next.Title));
        Assert.Matches("^[a-z0-9][a-z0-9-]{2,39}$", next.Id);
        Assert.Empty(dropped);
    }

    [Fact]
    public void ItIsADraftWithTheSameQuestionsItsDatesAYearLaterAndALinkBack()
    {
        FormField[] questions = [new("product", "Which?", FieldType.SingleChoice) { Choices = ["A", "B"] }, new("why", "Why?", FieldType.LongText, Required: false)];
        var last = Edition("round-table-2025", "Round Table 2025", new(2025, 12, 1, 9, 0, 0, TimeSpan.Zero), new(2025, 12, 31, 17, 0, 0, TimeSpan.Zero), questions);

        var (next, dropped) = SurveyEditions.Next(last, "sam", Now);

        Assert.Equal((SurveyStatus.Draft, "round-table-2025", "sam", Now), (next.Status, next.PreviousEdition, next.CreatedBy, next.Created));
        Assert.Equal((new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero)), (next.Opens, next.Deadline));
        Assert.Equal(["product", "why"], next.Questions.Select(q => q.Id));
        Assert.Equal(["A", "B"], next.Questions[0].Choices);
        Assert.Equal((30, "PDG", "Intro"), (next.CloseAfterResponses, Assert.Single(next.Audience), next.Intro));
        Assert.Equal((null, null, 0), (next.OpenedAt, next.ClosedAt, next.Invited));
        Assert.Empty(dropped);
    }

    [Fact]
    public void ADateStillPastAYearLaterIsLeftOut()
    {
        var old = Edition("round-table-2024", "Round Table 2024", new(2024, 11, 1, 9, 0, 0, TimeSpan.Zero), new(2024, 12, 31, 17, 0, 0, TimeSpan.Zero));

        var (next, dropped) = SurveyEditions.Next(old, "sam", Now);

        Assert.Equal("round-table-2025", next.Id);
        Assert.Equal(((DateTimeOffset?)null, (DateTimeOffset?)null), (next.Opens, next.Deadline));
        Assert.Equal(["deadline (2025-12-31 17:00 UTC would have passed)", "opening time (2025-11-01 09:00 UTC would have passed)"], dropped);
    }

    [Fact]
    public async Task StaffMakeTheNextEditionFromTheSurveysCardOnce()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.Surveys.SaveAsync(Edition("round-table-2025", "Round Table 2025", new(2025, 12, 1, 9, 0, 0, TimeSpan.Zero), new(2025, 12, 31, 17, 0, 0, TimeSpan.Zero)), default);
        Assert.Contains("Next edition", (await chat.SaysAsync(Sam, "surveys")).ButtonTitles());

        var made = await chat.PressesAsync(Sam, SurveyVerbs.NextEdition, (SurveyVerbs.SurveyKey, "round-table-2025"));

        Assert.Contains("Created \"Round Table 2026\" (round-table-2026), the next edition of \"Round Table 2025\": a draft with the same 1 question " +
            "(opens 2026-12-01 09:00 UTC, closes 2026-12-31 17:00 UTC).", made.Shown(), StringComparison.Ordinal);
        Assert.Contains("Schedule", made.ButtonTitles()); // the new draft opens later
        var next = (await chat.Surveys.FindAsync("round-table-2026", default))!;
        Assert.Equal(("round-table-2025", "sam"), (next.PreviousEdition, next.CreatedBy));
        Assert.Contains("is there already: \"Round Table 2026\" (round-table-2026, draft)",
            (await chat.SaysAsync(Sam, "next edition of round-table-2025")).Shown(), StringComparison.Ordinal);
        Assert.Contains("has not been open yet (draft)", (await chat.SaysAsync(Sam, "next edition round-table-2026")).Shown(), StringComparison.Ordinal);
        Assert.Equal(2, (await chat.Surveys.ListAsync(default)).Count);
        Assert.Equal(English.StaffOnly, (await chat.SaysAsync(Ada, "next edition round-table-2025")).Shown());
    }

    [Fact]
    public async Task AnImportNamingAPreviousEditionMustNameOneThatExists()
    {
        using var chat = new ChatHarness().WithKnownPeople();

        var refused = await chat.SaysAsync(Sam, "import survey {\"id\": \"rt-2026\", \"title\": \"T\", \"previousEdition\": \"rt-2025\", \"questions\": [{\"text\": \"Q\", \"type\": \"yes-no\"}]}");
        await chat.Surveys.SaveAsync(Edition("rt-2025", "RT 2025"), default);
        var imported = await chat.SaysAsync(Sam, "import survey {\"id\": \"rt-2026\", \"title\": \"T\", \"previousEdition\": \"rt-2025\", \"questions\": [{\"text\": \"Q\", \"type\": \"yes-no\"}]}");

        Assert.Contains("previousEdition: there is no survey \"rt-2025\"", refused.Shown(), StringComparison.Ordinal);
        Assert.Contains("Imported \"T\"", imported.Shown(), StringComparison.Ordinal);
        Assert.Equal("rt-2025", (await chat.Surveys.FindAsync("rt-2026", default))!.PreviousEdition);
    }
}
