using CollabBot.Bot.Questions;
using CollabBot.Bot.Storage;
using CollabBot.Bot.Surveys;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CollabBot.Tests.Contracts;

/// <summary>The bot's Table Storage stores on the shared Azurite, each test on tables of its own.</summary>
public static class TableStores
{
    public static async Task<CollabTables> TablesAsync(Azurite azurite, params string[] names)
    {
        var options = Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "c" + Guid.NewGuid().ToString("N")[..10] });
        var tables = new CollabTables(options, names.Select(n => new TableName(n)));
        await tables.CreateAllAsync(default);
        return tables;
    }

    public static async Task<TableSurveyStore> SurveysAsync(Azurite azurite, TimeProvider clock)
    {
        var tables = await TablesAsync(azurite, TableSurveyStore.Surveys, TableSurveyStore.Responses, TableSurveyStore.Pending);
        var envelope = new AnonymousEnvelope(Options.Create(new SurveyOptions { ResponseKey = "contract-test-response-key-0123456789abcdef" }));
        return new TableSurveyStore(tables, new MemoryCache(new MemoryCacheOptions()), envelope, clock);
    }

    public static async Task<TableQuestionStore> QuestionsAsync(Azurite azurite) =>
        new(await TablesAsync(azurite, TableQuestionStore.TableName));
}
