using System.Text.Json;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Contracts;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Questions;

/// <summary>What every <see cref="IQuestionStore"/> does, run against the fake the chat tests use and the Table store.</summary>
public abstract class QuestionStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected abstract Task<IQuestionStore> CreateAsync();

    private static Meeting Meeting(string id, int inDays, params string[] topics) =>
        new(id, "Round Table " + id, Now.AddDays(inDays), Now.AddDays(inDays - 30), Now.AddDays(inDays - 2), topics, "Sam Staff", Now);

    private static Question Asked(string meetingId, string text) =>
        new(meetingId, 0, text, "PATENTSCOPE", QuestionVisibility.Named, "m:tenant\nada", Now) { AskerName = "Ada", AskerGroup = "PDG", Shareable = true };

    /// <summary>A question as a whole, lists included (records compare lists by reference).</summary>
    private static string Whole(Question? question) => JsonSerializer.Serialize(question, Json);

    [Fact]
    public async Task MeetingsAreKeptWholeAndListedSoonestFirst()
    {
        var store = await CreateAsync();
        await store.SaveMeetingAsync(Meeting("late", 90, "Fees"), default);
        await store.SaveMeetingAsync(Meeting("soon", 10, "PATENTSCOPE", "ePCT"), default);
        await store.SaveMeetingAsync(Meeting("middle", 40), default);

        Assert.Equal(["soon", "middle", "late"], (await store.ListMeetingsAsync(default)).Select(m => m.Id));
        var soon = (await store.FindMeetingAsync("soon", default))!;
        Assert.Equal(("Round Table soon", Now.AddDays(10), Now.AddDays(-20), Now.AddDays(8), "Sam Staff", Now),
            (soon.Name, soon.Date, soon.Opens, soon.Closes, soon.CreatedBy, soon.Created));
        Assert.Equal(["PATENTSCOPE", "ePCT"], soon.Topics);
        Assert.Null(await store.FindMeetingAsync("nope", default));
    }

    [Fact]
    public async Task SavingAMeetingAgainChangesIt()
    {
        var store = await CreateAsync();
        await store.SaveMeetingAsync(Meeting("rt", 10), default);

        await store.SaveMeetingAsync(Meeting("rt", 20, "Fees") with { Name = "Renamed" }, default);

        var meeting = Assert.Single(await store.ListMeetingsAsync(default));
        Assert.Equal(("Renamed", Now.AddDays(20), "Fees"), (meeting.Name, meeting.Date, Assert.Single(meeting.Topics)));
    }

    [Fact]
    public async Task QuestionsAreNumberedOneTwoThreeInEachMeetingAndKeptWhole()
    {
        var store = await CreateAsync();
        var first = Asked("a", "First?") with
        {
            History = [new QuestionStep(Now, "Ada", "asked")],
            AlsoTell = ["s:sealed"],
            Visibility = QuestionVisibility.GroupOnly,
        };

        var (one, added) = await store.AddAsync(first, "d1", default);
        var (two, _) = await store.AddAsync(Asked("a", "Second?"), "d2", default);
        var (three, _) = await store.AddAsync(Asked("a", "Third?"), "d3", default);
        var (otherOne, _) = await store.AddAsync(Asked("b", "Elsewhere?"), "d4", default);

        Assert.True(added);
        Assert.Equal([1, 2, 3, 1], [one.Number, two.Number, three.Number, otherOne.Number]);
        Assert.Equal(["First?", "Second?", "Third?"], (await store.ListAsync("a", default)).Select(q => q.Text));
        Assert.Equal(Whole(first with { Number = 1 }), Whole(await store.FindAsync("a", 1, default)));
        Assert.Equal("Elsewhere?", Assert.Single(await store.ListAsync("b", default)).Text);
        Assert.Null(await store.FindAsync("a", 4, default));
        Assert.Empty(await store.ListAsync("none", default));
    }

    [Fact]
    public async Task TheSameAskingAddedAgainReturnsTheFirstQuestionAndAddsNothing()
    {
        var store = await CreateAsync();
        var (first, added) = await store.AddAsync(Asked("a", "Once?"), "d-once", default);

        var (again, addedAgain) = await store.AddAsync(Asked("a", "Once, re-delivered?"), "d-once", default);

        Assert.True(added);
        Assert.False(addedAgain);
        Assert.Equal((1, "Once?"), (again.Number, again.Text));
        Assert.Equal(Whole(first), Whole(Assert.Single(await store.ListAsync("a", default))));
    }

    [Fact]
    public async Task EightConcurrentAddsOfTheSameAskingMakeOneQuestion()
    {
        var store = await CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => store.AddAsync(Asked("a", $"Race {i}?"), "d-race", default))));

        var stored = Assert.Single(await store.ListAsync("a", default));
        Assert.Single(results, r => r.Added);
        Assert.All(results, r => Assert.Equal((stored.Number, stored.Text), (r.Question.Number, r.Question.Text)));
    }

    [Fact]
    public async Task AnUpdateAppliesItsChangeToWhatIsStored()
    {
        var store = await CreateAsync();
        await store.AddAsync(Asked("a", "Update me?"), "d1", default);

        var taken = await store.UpdateAsync("a", 1, q => q with { Status = QuestionStatus.Taken, AssigneeName = "Sam" }, default);
        var unchanged = await store.UpdateAsync("a", 1, _ => null, default);

        Assert.Equal((QuestionStatus.Taken, "Sam"), (taken!.Status, taken.AssigneeName));
        Assert.Equal(Whole(taken), Whole(unchanged));
        Assert.Equal(Whole(taken), Whole(await store.FindAsync("a", 1, default)));
        Assert.Null(await store.UpdateAsync("a", 2, q => q with { Status = QuestionStatus.Closed }, default));
        Assert.Null(await store.FindAsync("a", 2, default));
    }

    [Fact]
    public async Task AChangeThatWritesNothingLeavesTheStoredQuestionAsItWas()
    {
        var store = await CreateAsync();
        await store.AddAsync(Asked("a", "Leave me?"), "d1", default);
        var seen = new List<QuestionStatus>();

        var result = await store.UpdateAsync("a", 1, q =>
        {
            seen.Add(q.Status);
            return null;
        }, default);

        Assert.Equal([QuestionStatus.Received], seen);
        Assert.Equal(QuestionStatus.Received, result!.Status);
        Assert.Equal(Whole(result), Whole(await store.FindAsync("a", 1, default)));
    }

    [Fact]
    public async Task ConcurrentUpdatesAreNeverLost()
    {
        var store = await CreateAsync();
        await store.AddAsync(Asked("a", "Busy?"), "d1", default);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            store.UpdateAsync("a", 1, q => q.With(Now, "staff " + i, "looked"), default))));

        var history = (await store.FindAsync("a", 1, default))!.History;
        Assert.Equal(Enumerable.Range(0, 12).Select(i => "staff " + i).Order(), history.Select(h => h.By).Order());
    }

    [Fact]
    public async Task AVoiceCountsOncePerVoterAndQuestion()
    {
        var store = await CreateAsync();
        await store.AddAsync(Asked("a", "Vote?"), "d1", default);
        await store.AddAsync(Asked("a", "Other?"), "d2", default);

        Assert.True(await store.AddVoiceAsync("a", 1, "hash-bob", default));
        Assert.False(await store.AddVoiceAsync("a", 1, "hash-bob", default));
        Assert.True(await store.AddVoiceAsync("a", 1, "hash-cy", default));
        Assert.True(await store.AddVoiceAsync("a", 2, "hash-bob", default));

        Assert.Equal([2, 1], (await store.ListAsync("a", default)).Select(q => q.Voices));
    }

    [Fact]
    public async Task AnAskerFindsWhatTheyAskedOnceEach()
    {
        var store = await CreateAsync();

        await store.RecordAskerAsync("hash-ada", "a", 1, default);
        await store.RecordAskerAsync("hash-ada", "a", 1, default);
        await store.RecordAskerAsync("hash-ada", "b", 12, default);
        await store.RecordAskerAsync("hash-bob", "a", 2, default);

        Assert.Equal([("a", 1), ("b", 12)], (await store.AskedByAsync("hash-ada", default)).OrderBy(a => a.MeetingId));
        Assert.Equal([("a", 2)], await store.AskedByAsync("hash-bob", default));
        Assert.Empty(await store.AskedByAsync("hash-nobody", default));
    }

    [Fact]
    public async Task DraftsAreMergedPerAskerAndAskingAndDeleted()
    {
        var store = await CreateAsync();

        await store.SaveDraftAsync("hash-ada", "d1", new Dictionary<string, string> { ["topic"] = "ePCT", ["shown"] = "Anonymously" }, default);
        await store.SaveDraftAsync("hash-ada", "d1", new Dictionary<string, string> { ["question"] = "Why?", ["shown"] = "" }, default);
        await store.SaveDraftAsync("hash-ada", "d2", new Dictionary<string, string> { ["topic"] = "Fees" }, default);

        var draft = await store.LoadDraftAsync("hash-ada", "d1", default);
        Assert.Equal(("ePCT", "Why?"), (draft["topic"], draft["question"]));
        Assert.True(!draft.TryGetValue("shown", out var shown) || shown.Length == 0, "an empty value clears the answer");
        Assert.Empty(await store.LoadDraftAsync("hash-bob", "d1", default));

        await store.DeleteDraftAsync("hash-ada", "d1", default);

        Assert.Empty(await store.LoadDraftAsync("hash-ada", "d1", default));
        Assert.Equal("Fees", (await store.LoadDraftAsync("hash-ada", "d2", default))["topic"]);
    }

    [Fact]
    public async Task DeletingADraftThatIsNotThereDoesNothing()
    {
        var store = await CreateAsync();

        await store.DeleteDraftAsync("hash-ada", "never", default);
        await store.SaveDraftAsync("hash-ada", "d1", new Dictionary<string, string> { ["topic"] = "ePCT" }, default);
        await store.DeleteDraftAsync("hash-ada", "d1", default);
        await store.DeleteDraftAsync("hash-ada", "d1", default);

        Assert.Empty(await store.LoadDraftAsync("hash-ada", "d1", default));
    }

    [Fact]
    public async Task TheStaffChannelIsKeptAndReplaced()
    {
        var store = await CreateAsync();
        var first = new StaffChannel("team-1", "Round Table staff", "19:abc@thread.tacv2", "tenant", "{\"conversation\":1}", "Sam Staff", Now);

        Assert.Null(await store.FindStaffChannelAsync(default));
        await store.SaveStaffChannelAsync(first, default);
        Assert.Equal(first, await store.FindStaffChannelAsync(default));

        var second = first with { ChannelId = "19:def@thread.tacv2", SetAt = Now.AddDays(1) };
        await store.SaveStaffChannelAsync(second, default);
        Assert.Equal(second, await store.FindStaffChannelAsync(default));
    }

    [Theory]
    [InlineData("meeting")]
    [InlineData("config")]
    [InlineData("asker")]
    [InlineData("draft")]
    [InlineData("voice")]
    public async Task AMeetingNamedLikeAnotherRecordKeepsItsQuestionsApart(string id)
    {
        var store = await CreateAsync();
        var channel = new StaffChannel("team-1", "Staff", "19:abc@thread.tacv2", "tenant", "{}", "Sam Staff", Now);
        await store.SaveStaffChannelAsync(channel, default);
        await store.SaveMeetingAsync(Meeting(id, 10), default);
        await store.SaveMeetingAsync(Meeting("other", 20), default);
        await store.SaveDraftAsync("hash-ada", "d1", new Dictionary<string, string> { ["topic"] = "ePCT" }, default);
        await store.RecordAskerAsync("hash-ada", "other", 1, default);

        await store.AddAsync(Asked(id, "Mine?"), "d1", default);
        await store.AddAsync(Asked("other", "Theirs?"), "d1", default);
        await store.AddVoiceAsync(id, 1, "hash-bob", default);

        Assert.Equal([id, "other"], (await store.ListMeetingsAsync(default)).Select(m => m.Id));
        Assert.Equal(("Mine?", 1), (Assert.Single(await store.ListAsync(id, default)).Text, (await store.FindAsync(id, 1, default))!.Voices));
        Assert.Equal(("Theirs?", 0), (Assert.Single(await store.ListAsync("other", default)).Text, (await store.FindAsync("other", 1, default))!.Voices));
        Assert.Equal(channel, await store.FindStaffChannelAsync(default));
        Assert.Equal("ePCT", (await store.LoadDraftAsync("hash-ada", "d1", default))["topic"]);
        Assert.Equal([("other", 1)], await store.AskedByAsync("hash-ada", default));
    }
}

public sealed class InMemoryQuestionStoreContract : QuestionStoreContract
{
    protected override Task<IQuestionStore> CreateAsync() => Task.FromResult<IQuestionStore>(new InMemoryQuestionStore());
}

[Collection(AzuriteCollection.Name)]
public sealed class TableQuestionStoreContract(Azurite azurite) : QuestionStoreContract
{
    protected override async Task<IQuestionStore> CreateAsync() => await TableStores.QuestionsAsync(azurite);
}
