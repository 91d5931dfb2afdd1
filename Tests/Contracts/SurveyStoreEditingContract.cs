using Azure.Data.Tables;
using CollabBot.Bot.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using CollabBot.Tests.Surveys;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CollabBot.Tests.Contracts;

/// <summary>What every <see cref="ISurveyStore"/> does for duplicates and corrections: add if the id is free, change the row as stored, keep the audience.</summary>
public abstract class SurveyStoreEditingContract
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<ISurveyStore> CreateAsync();

    private static Survey Sample(string id) => new(id, "Feedback", "Intro",
        [new FormField("q1", "Which?", FieldType.SingleChoice) { Choices = ["A", "B"] }], false, [], null, "s1", Now);

    [Fact]
    public async Task ASurveyIsAddedOnlyUnderAFreeId()
    {
        var store = await CreateAsync();

        Assert.True(await store.AddAsync(Sample("e-add"), default));
        Assert.False(await store.AddAsync(Sample("e-add") with { Title = "Other" }, default));

        Assert.Equal("Feedback", (await store.FindAsync("e-add", default))!.Title);
    }

    [Fact]
    public async Task AnUpdateChangesTheRowAsStoredAndWritesNothingWhenTheChangeSaysSo()
    {
        var store = await CreateAsync();
        await store.SaveAsync(Sample("e-update") with { Status = SurveyStatus.Open, OpenedAt = Now }, default);

        var changed = await store.UpdateAsync("e-update", s => s with { Title = s.Title + "!" }, default);
        var unchanged = await store.UpdateAsync("e-update", _ => null, default);

        Assert.Equal(("Feedback!", SurveyStatus.Open, Now), (changed!.Title, changed.Status, changed.OpenedAt));
        Assert.Equal("Feedback!", unchanged!.Title);
        Assert.Equal("Feedback!", (await store.FindAsync("e-update", default))!.Title);
        Assert.Null(await store.UpdateAsync("e-none", s => s, default));
    }

    [Fact]
    public async Task ConcurrentUpdatesAreEachAppliedToWhatTheOtherWrote()
    {
        var store = await CreateAsync();
        await store.SaveAsync(Sample("e-race") with { Title = "" }, default);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => store.UpdateAsync("e-race", s => s with { Title = s.Title + i }, default))));

        Assert.Equal("0123", string.Concat((await store.FindAsync("e-race", default))!.Title.Order()));
    }

    [Fact]
    public async Task EachAudienceKindIsKeptWhole()
    {
        var store = await CreateAsync();
        var members = Enumerable.Range(0, SurveyImport.MaxMembers)
            .Select(i => new SurveyMember($"member-{i}@example.org", new MemberId("11111111-1111-1111-1111-111111111111", Guid.NewGuid().ToString()))).ToList();
        await store.SaveAsync(Sample("e-followers") with { AudienceKind = SurveyAudienceKind.Followers, Products = [new("patentscope", "PATENTSCOPE")] }, default);
        await store.SaveAsync(Sample("e-members") with { AudienceKind = SurveyAudienceKind.Members, Members = members }, default);

        var followers = (await store.FindAsync("e-followers", default))!;
        var named = (await store.FindAsync("e-members", default))!;

        Assert.Equal((SurveyAudienceKind.Followers, "patentscope", "PATENTSCOPE"), (followers.AudienceKind, followers.Products.Single().Id, followers.Products.Single().Name));
        Assert.Equal(SurveyAudienceKind.Members, named.AudienceKind);
        Assert.Equal(members, named.Members);
    }
}

public sealed class InMemorySurveyStoreEditingContract : SurveyStoreEditingContract
{
    protected override Task<ISurveyStore> CreateAsync() => Task.FromResult<ISurveyStore>(new InMemorySurveyStore());
}

[Collection(AzuriteCollection.Name)]
public sealed class TableSurveyStoreEditingContract(Azurite azurite) : SurveyStoreEditingContract
{
    // Each store its own cache: what is read comes from the table.
    protected override async Task<ISurveyStore> CreateAsync() => await TableStores.SurveysAsync(azurite, TimeProvider.System);

    [Fact]
    public async Task ASurveyStoredBeforeAudienceKindsReadsAsTheGroupsItHad()
    {
        var tables = await TableStores.TablesAsync(azurite, TableSurveyStore.Surveys, TableSurveyStore.Responses, TableSurveyStore.Pending);
        var envelope = new AnonymousEnvelope(Options.Create(new SurveyOptions { ResponseKey = "contract-test-response-key-0123456789abcdef" }));
        var store = new TableSurveyStore(tables, new MemoryCache(new MemoryCacheOptions()), envelope, TimeProvider.System);
        // A row as the store wrote it before: no AudienceKind, Products or Members.
        await tables[TableSurveyStore.Surveys].AddEntityAsync(new TableEntity("survey", "old-row")
        {
            ["Id"] = "old-row",
            ["Title"] = "Old",
            ["Intro"] = "",
            ["Anonymous"] = false,
            ["Audience"] = "CEPIUG\nPDG",
            ["CreatedBy"] = "s1",
            ["Created"] = Now,
            ["Status"] = "Open",
            ["OpenedAt"] = Now,
            ["QuestionChunks"] = 1,
            ["Questions0"] = "[{\"id\":\"q1\",\"prompt\":\"Rate it\",\"type\":4,\"required\":true}]",
        });

        var survey = (await store.FindAsync("old-row", default))!;

        Assert.Equal((SurveyAudienceKind.Groups, "CEPIUG, PDG", SurveyStatus.Open), (survey.AudienceKind, survey.AudienceText, survey.Status));
        Assert.Empty(survey.Products);
        Assert.Empty(survey.Members);
        Assert.True(survey.IsFor(KnownPeople.Bob with { UserGroup = "PDG" }, []));
        var corrected = await store.UpdateAsync("old-row", s => s with { Title = "Old, corrected" }, default);
        Assert.Equal(SurveyAudienceKind.Groups, corrected!.AudienceKind);
        Assert.Equal(["CEPIUG", "PDG"], corrected.Audience);
    }
}
