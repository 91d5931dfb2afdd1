using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Contracts;

/// <summary>What every <see cref="IMemberStore"/> does, run against the fake the unit tests use and the Table store.</summary>
public abstract class MemberStoreContract
{
    private static readonly DateTimeOffset Seen = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<IMemberStore> CreateAsync();

    private static MemberRecord Record(string id, string? group = null) =>
        new(new MemberId("tenant-1", id), "Ada " + id, "fr-FR", "{\"address\":1}", Seen, Seen) { UserGroup = group, Role = Role.Member };

    [Fact]
    public async Task AMemberIsAddedOnceAndKeptWhole()
    {
        var store = await CreateAsync();
        var ada = Record("ada", "PDG") with
        {
            RequestedUserGroup = "PIUG",
            UserGroupConfirmedBy = "s1",
            Language = "de",
            Declined = [MessageTopic.SurveyReminders, MessageTopic.ProductNews],
        };

        Assert.Null(await store.FindAsync(ada.Id, default));
        Assert.True(await store.AddAsync(ada, default));
        Assert.False(await store.AddAsync(ada with { Name = "Someone else" }, default));

        Assert.Equal(ada, await store.FindAsync(ada.Id, default));
    }

    [Fact]
    public async Task AnUpdateAppliesItsChangeToWhatIsStored()
    {
        var store = await CreateAsync();
        var ada = Record("ada");
        await store.AddAsync(ada, default);

        var updated = await store.UpdateAsync(ada.Id, r => r with { RequestedUserGroup = "PDG" }, default);
        var unchanged = await store.UpdateAsync(ada.Id, _ => null, default);

        Assert.Equal("PDG", updated!.RequestedUserGroup);
        Assert.Equal(updated, unchanged);
        Assert.Equal(updated, await store.FindAsync(ada.Id, default));
        Assert.Null(await store.UpdateAsync(new MemberId("tenant-1", "nobody"), r => r with { Name = "x" }, default));
        Assert.Null(await store.FindAsync(new MemberId("tenant-1", "nobody"), default));
    }

    [Fact]
    public async Task TheKindsOfMessageDeclinedAreKeptAndCanAllBeWantedAgain()
    {
        var store = await CreateAsync();
        var ada = Record("ada") with { Declined = [MessageTopic.Newsletters] };
        await store.AddAsync(ada, default);
        await store.AddAsync(Record("bob"), default);

        var more = await store.UpdateAsync(ada.Id, r => r with { Declined = [.. r.Declined, MessageTopic.SurveyReminders] }, default);
        Assert.Equal([MessageTopic.Newsletters, MessageTopic.SurveyReminders], (await store.FindAsync(ada.Id, default))!.Declined);
        await store.UpdateAsync(ada.Id, r => r with { Declined = [] }, default);

        Assert.Equal(more, ada with { Declined = [MessageTopic.SurveyReminders, MessageTopic.Newsletters] });
        Assert.Empty((await store.FindAsync(ada.Id, default))!.Declined);
        Assert.True((await store.FindAsync(new MemberId("tenant-1", "bob"), default))!.Wants(MessageTopic.Newsletters));
    }

    [Fact]
    public async Task ConcurrentUpdatesAreNeverLost()
    {
        var store = await CreateAsync();
        var ada = Record("ada") with { Name = "" };
        await store.AddAsync(ada, default);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => store.UpdateAsync(ada.Id, r => r with { Name = r.Name + (char)('a' + i) }, default))));

        Assert.Equal("abcdefghijkl", string.Concat((await store.FindAsync(ada.Id, default))!.Name.Order()));
    }

    [Fact]
    public async Task AudiencesAndRequestsAreListed()
    {
        var store = await CreateAsync();
        await store.AddAsync(Record("a", "PDG"), default);
        await store.AddAsync(Record("b", "PIUG"), default);
        await store.AddAsync(Record("c") with { RequestedUserGroup = "PDG", LastSeen = Seen.AddDays(1) }, default);
        await store.AddAsync(Record("d") with { RequestedUserGroup = "PIUG", LastSeen = Seen }, default);

        Assert.Equal(["a"], (await store.ListAsync(["PDG"], default)).Select(m => m.Id.ObjectId));
        Assert.Equal(4, (await store.ListAsync([], default)).Count);
        Assert.Equal(["d", "c"], (await store.ListAwaitingConfirmationAsync(default)).Select(m => m.Id.ObjectId));
    }

    [Fact]
    public async Task PeopleAreFoundByObjectIdInAnyTenant()
    {
        var store = await CreateAsync();
        await store.AddAsync(Record("a"), default);
        await store.AddAsync(Record("b") with { Id = new MemberId("tenant-2", "b") }, default);
        await store.AddAsync(Record("c"), default);

        var found = await store.FindByObjectIdsAsync(["b", "A", "nobody"], default);

        Assert.Equal(["tenant-1/a", "tenant-2/b"], found.Select(m => m.Id.ToString()).Order(StringComparer.Ordinal));
        Assert.Empty(await store.FindByObjectIdsAsync([], default));
    }
}

public sealed class FakeMemberStoreContract : MemberStoreContract
{
    protected override Task<IMemberStore> CreateAsync() => Task.FromResult<IMemberStore>(new FakeMemberStore());
}

[Collection(AzuriteCollection.Name)]
public sealed class TableMemberStoreContract(Azurite azurite) : MemberStoreContract
{
    protected override async Task<IMemberStore> CreateAsync() => new TableMemberStore(await TableStores.TablesAsync(azurite, CollabTables.Members));

    [Fact]
    public async Task ARowWithoutTheDeclinedColumnWantsEverythingAndNamesItDoesNotKnowAreLeftOut()
    {
        var tables = await TableStores.TablesAsync(azurite, CollabTables.Members);
        var store = new TableMemberStore(tables);
        var table = tables[CollabTables.Members];
        foreach (var (id, declined) in new[] { ("before", (string?)null), ("later", "Podcasts, SurveyReminders,,7,None,productnews") })
        {
            await table.AddEntityAsync(new TableEntity(TableKey.Encode("tenant-1"), TableKey.Encode(id))
            {
                ["TenantId"] = "tenant-1",
                ["ObjectId"] = id,
                ["Name"] = id,
                ["Declined"] = declined,
            });
        }

        var before = await store.FindAsync(new MemberId("tenant-1", "before"), default);
        var later = await store.FindAsync(new MemberId("tenant-1", "later"), default);

        Assert.Empty(before!.Declined);
        Assert.All(MessageTopics.Optional, t => Assert.True(before.Wants(t)));
        Assert.Equal([MessageTopic.SurveyReminders], later!.Declined);
    }
}
