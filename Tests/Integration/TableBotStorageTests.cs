using CollabBot.Bot.Storage;
using CollabBot.Tests.Support;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Integration;

[Collection(AzuriteCollection.Name)]
public sealed class TableBotStorageTests(Azurite azurite) : IAsyncLifetime
{
    private TableBotStorage storage = null!;

    public async Task InitializeAsync()
    {
        var options = Options.Create(new StorageOptions
        {
            ConnectionString = azurite.ConnectionString,
            TablePrefix = "s" + Guid.NewGuid().ToString("N")[..10],
        });
        var tables = new CollabTables(options, [new TableName(CollabTables.BotState)]);
        await tables.CreateAllAsync(default);
        storage = new TableBotStorage(tables);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task WhatIsWrittenIsReadBackWithAnETag()
    {
        const string key = "msteams/conversations/a:1#x?y/";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = State("first") });

        var item = (JObject)(await storage.ReadAsync([key]))[key];

        Assert.Equal("first", item["value"]!.Value<string>());
        Assert.False(string.IsNullOrEmpty(item["eTag"]!.Value<string>()));
    }

    [Fact]
    public async Task AWriteBasedOnAStaleReadIsRefused()
    {
        const string key = "conv/stale";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = State("v1") });
        var first = (await storage.ReadAsync([key]))[key];
        var second = (JObject)(await storage.ReadAsync([key]))[key];
        await storage.WriteAsync(new Dictionary<string, object> { [key] = first });

        second["value"] = "lost update";
        await Assert.ThrowsAsync<StateConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { [key] = second }));

        var stored = (JObject)(await storage.ReadAsync([key]))[key];
        Assert.Equal("v1", stored["value"]!.Value<string>());
    }

    [Fact]
    public async Task TwoNewStatesForOneKeyCannotBothBeInserted()
    {
        const string key = "conv/new";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = State("winner") });

        await Assert.ThrowsAsync<StateConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { [key] = State("loser") }));
    }

    [Fact]
    public async Task ASecondSaveInOneTurnUsesTheNewETag()
    {
        const string key = "conv/twice";
        var state = State("one");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = state });
        state["value"] = "two";

        await storage.WriteAsync(new Dictionary<string, object> { [key] = state });

        Assert.Equal("two", ((JObject)(await storage.ReadAsync([key]))[key])["value"]!.Value<string>());
    }

    [Fact]
    public async Task StateLargerThanOnePropertyIsSplitAndJoined()
    {
        const string key = "conv/large";
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)));
        await storage.WriteAsync(new Dictionary<string, object> { [key] = State(text) });

        var item = (JObject)(await storage.ReadAsync([key]))[key];

        Assert.Equal(text, item["value"]!.Value<string>());
    }

    [Fact]
    public async Task DeletedStateIsGoneAndDeletingTwiceIsFine()
    {
        const string key = "conv/deleted";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = State("x") });

        await storage.DeleteAsync([key]);
        await storage.DeleteAsync([key]);

        Assert.Empty(await storage.ReadAsync([key]));
    }

    private static Dictionary<string, object> State(string value) => new() { ["value"] = value };
}
