using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Contracts;

/// <summary>What every <see cref="IPlanSubscriptions"/> does, run against the fake and the Table store.</summary>
public abstract class PlanSubscriptionsContract
{
    private static readonly MemberId Ada = new("tenant-1", "ada");
    private static readonly MemberId Bob = new("tenant-2", "bob");

    protected abstract Task<IPlanSubscriptions> CreateAsync();

    [Fact]
    public async Task FollowingIsSeenFromBothSidesAndSaysWhetherItChangedAnything()
    {
        var store = await CreateAsync();

        Assert.True(await store.FollowAsync(Ada, "patentscope", DateTimeOffset.UnixEpoch, default));
        Assert.False(await store.FollowAsync(Ada, "patentscope", DateTimeOffset.UnixEpoch, default));
        Assert.True(await store.FollowAsync(Bob, "patentscope", DateTimeOffset.UnixEpoch, default));
        Assert.True(await store.FollowAsync(Ada, "epct", DateTimeOffset.UnixEpoch, default));

        Assert.Equal(["epct", "patentscope"], (await store.ProductsFollowedByAsync(Ada, default)).Order());
        Assert.Equal([Ada, Bob], (await store.FollowersOfAsync("patentscope", default)).OrderBy(m => m.ObjectId));
    }

    [Fact]
    public async Task UnfollowingRemovesItFromBothSidesAndFollowingAgainWorks()
    {
        var store = await CreateAsync();
        await store.FollowAsync(Ada, "patentscope", DateTimeOffset.UnixEpoch, default);

        Assert.True(await store.UnfollowAsync(Ada, "patentscope", default));
        Assert.False(await store.UnfollowAsync(Ada, "patentscope", default));
        Assert.False(await store.UnfollowAsync(Bob, "never-followed", default));
        Assert.Empty(await store.ProductsFollowedByAsync(Ada, default));
        Assert.Empty(await store.FollowersOfAsync("patentscope", default));

        Assert.True(await store.FollowAsync(Ada, "patentscope", DateTimeOffset.UnixEpoch, default));
        Assert.Equal([Ada], await store.FollowersOfAsync("patentscope", default));
    }

    [Fact]
    public async Task ConcurrentFollowsAndUnfollowsLeaveBothSidesInStep()
    {
        var store = await CreateAsync();
        for (var round = 0; round < 10; round++)
        {
            await Task.WhenAll(
                Task.Run(() => store.FollowAsync(Ada, "wipo-lex", DateTimeOffset.UnixEpoch, default)),
                Task.Run(() => store.UnfollowAsync(Ada, "wipo-lex", default)),
                Task.Run(() => store.FollowAsync(Ada, "wipo-lex", DateTimeOffset.UnixEpoch, default)));

            Assert.Equal((await store.ProductsFollowedByAsync(Ada, default)).Contains("wipo-lex"), (await store.FollowersOfAsync("wipo-lex", default)).Contains(Ada));
        }
    }
}

public sealed class InMemoryPlanSubscriptionsContract : PlanSubscriptionsContract
{
    protected override Task<IPlanSubscriptions> CreateAsync() => Task.FromResult<IPlanSubscriptions>(new InMemoryPlanSubscriptions());
}

[Collection(AzuriteCollection.Name)]
public sealed class TablePlanSubscriptionsContract(Azurite azurite) : PlanSubscriptionsContract
{
    protected override async Task<IPlanSubscriptions> CreateAsync() =>
        new TablePlanSubscriptions(await TableStores.TablesAsync(azurite, TablePlanSubscriptions.TableName));
}
