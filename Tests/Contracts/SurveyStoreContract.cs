using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using CollabBot.Tests.Surveys;

namespace CollabBot.Tests.Contracts;

/// <summary>What every <see cref="ISurveyStore"/> does, run against the fake and the Table store.</summary>
public abstract class SurveyStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly MemberId Ada = new("tenant-1", "ada");

    protected abstract Task<ISurveyStore> CreateAsync();

    private static Survey Sample(string id, bool anonymous = false) => new(id, "Feedback", "Intro",
        [new FormField("q1", "Which?", FieldType.SingleChoice) { Choices = ["A", "B"] }, new FormField("q2", "Why?", FieldType.LongText, Required: false)],
        anonymous, ["PDG"], Now.AddDays(7), "s1", Now)
    { Status = SurveyStatus.Open, OpenedAt = Now };

    [Fact]
    public async Task ASurveyIsKeptWhole()
    {
        var store = await CreateAsync();
        var survey = Sample("s-whole");

        await store.SaveAsync(survey, default);

        var found = (await store.FindAsync(survey.Id, default))!;
        Assert.Equal(Shape(survey), Shape(found));
        Assert.Equal((survey.Title, survey.Anonymous, SurveyStatus.Open), (found.Title, found.Anonymous, found.Status));
        Assert.Equal(["PDG"], found.Audience);
        Assert.Contains(await store.ListAsync(default), s => s.Id == survey.Id);
        Assert.Null(await store.FindAsync("nope", default));
    }

    private static IEnumerable<string> Shape(Survey survey) =>
        survey.Questions.Select(q => $"{q.Id}|{q.Prompt}|{q.Type}|{q.Required}|{string.Join(",", q.Choices)}|{q.MaxLength}");

    [Fact]
    public async Task NamedAnswersAreMergedAndCompleteSticks()
    {
        var store = await CreateAsync();
        var survey = Sample("s-named");
        await store.SaveAsync(survey, default);

        await store.SaveAnswersAsync(survey, "m:ada", Ada, "PDG", new Dictionary<string, string> { ["q1"] = "A" }, false, Now, default);
        await store.SaveAnswersAsync(survey, "m:ada", Ada, "PDG", new Dictionary<string, string>(), true, Now, default);
        await store.SaveAnswersAsync(survey, "m:ada", Ada, "PDG", new Dictionary<string, string> { ["q2"] = "because" }, false, Now, default);

        var response = (await store.FindResponseAsync(survey, "m:ada", default))!;
        Assert.Equal(("A", "because", true, (MemberId?)Ada), (response.Answers["q1"], response.Answers["q2"], response.Complete, response.Respondent));
        Assert.Single(await store.ListResponsesAsync(survey.Id, default));
        Assert.Equal(0, await store.CountPendingAsync(survey.Id, default));
    }

    [Fact]
    public async Task AnonymousAnswersWaitUntilEnoughRespondentsWaitAndTheRespondentSeesThemMeanwhile()
    {
        var store = await CreateAsync();
        var survey = Sample("s-anon", anonymous: true);
        await store.SaveAsync(survey, default);

        await store.SaveAnswersAsync(survey, "a:1", null, null, new Dictionary<string, string> { ["q1"] = "A" }, false, Now, default);
        await store.SaveAnswersAsync(survey, "a:1", null, null, new Dictionary<string, string> { ["q2"] = "mine" }, true, Now, default);
        await store.SaveAnswersAsync(survey, "a:2", null, null, new Dictionary<string, string> { ["q1"] = "B" }, true, Now, default);

        var mine = (await store.FindResponseAsync(survey, "a:1", default))!;
        Assert.Equal(("A", "mine", true), (mine.Answers["q1"], mine.Answers["q2"], mine.Complete));
        Assert.Null(mine.Respondent);
        Assert.Empty(await store.ListResponsesAsync(survey.Id, default));
        Assert.Equal(2, await store.CountPendingAsync(survey.Id, default));
        Assert.Equal(0, await store.FlushAnonymousAsync(survey.Id, 3, default));

        Assert.Equal(2, await store.FlushAnonymousAsync(survey.Id, 2, default));

        var counted = await store.ListResponsesAsync(survey.Id, default);
        Assert.Equal(["A", "B"], counted.Select(r => r.Answers["q1"]).Order());
        Assert.All(counted, r => Assert.Null(r.Respondent));
        Assert.Equal(0, await store.CountPendingAsync(survey.Id, default));
        Assert.Equal("mine", (await store.FindResponseAsync(survey, "a:1", default))!.Answers["q2"]);
    }

    [Fact]
    public async Task AnAnswerChangedAfterBeingCountedWaitsAgainAndWinsWhenCounted()
    {
        var store = await CreateAsync();
        var survey = Sample("s-change", anonymous: true);
        await store.SaveAsync(survey, default);
        await store.SaveAnswersAsync(survey, "a:1", null, null, new Dictionary<string, string> { ["q1"] = "A" }, true, Now, default);
        await store.FlushAnonymousAsync(survey.Id, 1, default);

        await store.SaveAnswersAsync(survey, "a:1", null, null, new Dictionary<string, string> { ["q1"] = "B" }, false, Now, default);

        Assert.Equal("B", (await store.FindResponseAsync(survey, "a:1", default))!.Answers["q1"]);
        Assert.Equal("A", Assert.Single(await store.ListResponsesAsync(survey.Id, default)).Answers["q1"]);
        await store.FlushAnonymousAsync(survey.Id, 1, default);
        var counted = Assert.Single(await store.ListResponsesAsync(survey.Id, default));
        Assert.Equal(("B", true), (counted.Answers["q1"], counted.Complete));
    }

    [Fact]
    public async Task TheScheduleTheLimitAndThePreviousEditionAreKept()
    {
        var store = await CreateAsync();
        var survey = Sample("s-edition-2027") with
        {
            Status = SurveyStatus.Scheduled,
            Opens = Now.AddDays(1),
            CloseAfterResponses = 50,
            PreviousEdition = "s-edition-2026",
        };

        await store.SaveAsync(survey, default);

        var found = (await store.FindLatestAsync(survey.Id, default))!;
        Assert.Equal((SurveyStatus.Scheduled, Now.AddDays(1), 50, "s-edition-2026"), (found.Status, found.Opens, found.CloseAfterResponses, found.PreviousEdition));
        Assert.Null(await store.FindLatestAsync("nope", default));
        var plain = Sample("s-plain");
        await store.SaveAsync(plain, default);
        var none = (await store.FindLatestAsync(plain.Id, default))!;
        Assert.Equal(((DateTimeOffset?)null, (int?)null, (string?)null), (none.Opens, none.CloseAfterResponses, none.PreviousEdition));
    }

    [Fact]
    public async Task AnUpdateAppliesToTheSurveyAsStoredAndOfTwoAtOnceEachSeesTheOther()
    {
        var store = await CreateAsync();
        await store.SaveAsync(Sample("s-update"), default);

        var closes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var closed = false;
            await store.UpdateAsync("s-update", s =>
            {
                closed = s.Status == SurveyStatus.Open;
                return closed ? s with { Status = SurveyStatus.Closed, ClosedAt = Now } : null;
            }, default);
            return closed;
        })));

        Assert.Single(closes, c => c);
        Assert.Equal(SurveyStatus.Closed, (await store.FindAsync("s-update", default))!.Status);
        Assert.Equal(SurveyStatus.Closed, (await store.UpdateAsync("s-update", _ => null, default))!.Status);
        Assert.Null(await store.UpdateAsync("nope", s => s, default));
    }

    [Fact]
    public async Task CompleteRespondentsAreCountedOnceWhetherCountedOrStillWaiting()
    {
        var store = await CreateAsync();
        var named = Sample("s-count");
        var anonymous = Sample("s-count-anon", anonymous: true);
        await store.SaveAsync(named, default);
        await store.SaveAsync(anonymous, default);
        await store.SaveAnswersAsync(named, "m:ada", Ada, null, new Dictionary<string, string> { ["q1"] = "A" }, true, Now, default);
        await store.SaveAnswersAsync(named, "m:bob", new MemberId("tenant-1", "bob"), null, new Dictionary<string, string> { ["q1"] = "B" }, false, Now, default);
        await store.SaveAnswersAsync(anonymous, "a:1", null, null, new Dictionary<string, string> { ["q1"] = "A" }, true, Now, default);
        await store.FlushAnonymousAsync(anonymous.Id, 1, default);
        await store.SaveAnswersAsync(anonymous, "a:1", null, null, new Dictionary<string, string> { ["q1"] = "B" }, false, Now, default); // waits again
        await store.SaveAnswersAsync(anonymous, "a:2", null, null, new Dictionary<string, string> { ["q1"] = "A" }, true, Now, default);
        await store.SaveAnswersAsync(anonymous, "a:3", null, null, new Dictionary<string, string> { ["q1"] = "A" }, false, Now, default);

        Assert.Equal(1, await store.CountCompleteAsync(named.Id, default));
        Assert.Equal(2, await store.CountCompleteAsync(anonymous.Id, default));
        Assert.Equal(0, await store.CountCompleteAsync("nope", default));
    }

    [Fact]
    public async Task EachResponseKeepsTheGroupItsRespondentHadWhenTheyLastAnsweredAndASurveyItsSharing()
    {
        var store = await CreateAsync();
        var named = Sample("s-groups") with { ShareResults = SurveySharing.AfterClose };
        var anonymous = Sample("s-groups-anon", anonymous: true);
        await store.SaveAsync(named, default);
        await store.SaveAsync(anonymous, default);

        await store.SaveAnswersAsync(named, "m:ada", Ada, "PDG", new Dictionary<string, string> { ["q1"] = "A" }, false, Now, default);
        await store.SaveAnswersAsync(named, "m:ada", Ada, "PIUG", new Dictionary<string, string> { ["q2"] = "moved" }, true, Now, default);
        await store.SaveAnswersAsync(named, "m:bob", new MemberId("tenant-1", "bob"), null, new Dictionary<string, string> { ["q1"] = "B" }, true, Now, default);
        await store.SaveAnswersAsync(anonymous, "a:1", null, "CEPIUG", new Dictionary<string, string> { ["q1"] = "A" }, true, Now, default);
        await store.SaveAnswersAsync(anonymous, "a:2", null, null, new Dictionary<string, string> { ["q1"] = "B" }, true, Now, default);
        Assert.Equal("CEPIUG", (await store.FindResponseAsync(anonymous, "a:1", default))!.UserGroup);
        await store.FlushAnonymousAsync(anonymous.Id, 1, default);

        Assert.Equal(SurveySharing.AfterClose, (await store.FindAsync(named.Id, default))!.ShareResults);
        Assert.Equal(SurveySharing.No, (await store.FindAsync(anonymous.Id, default))!.ShareResults);
        Assert.Equal([("m:ada", "PIUG"), ("m:bob", null)],
            (await store.ListResponsesAsync(named.Id, default)).Select(r => (r.RespondentKey, r.UserGroup)).OrderBy(r => r.RespondentKey));
        Assert.Equal([("a:1", "CEPIUG"), ("a:2", null)],
            (await store.ListResponsesAsync(anonymous.Id, default)).Select(r => (r.RespondentKey, r.UserGroup)).OrderBy(r => r.RespondentKey));
    }
}

public sealed class InMemorySurveyStoreContract : SurveyStoreContract
{
    protected override Task<ISurveyStore> CreateAsync() => Task.FromResult<ISurveyStore>(new InMemorySurveyStore());
}

[Collection(AzuriteCollection.Name)]
public sealed class TableSurveyStoreContract(Azurite azurite) : SurveyStoreContract
{
    protected override async Task<ISurveyStore> CreateAsync() => await TableStores.SurveysAsync(azurite, TimeProvider.System);
}
