using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Contracts;

/// <summary>What every <see cref="IPlansCatalogue"/> and <see cref="IPlanQuestions"/> does, run against the fakes and the Table stores.</summary>
public abstract class PlansCatalogueContract
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<(IPlansCatalogue Catalogue, IPlanQuestions Questions)> CreateAsync();

    [Fact]
    public async Task ProductsAndPlanItemsAreKeptWholeAndEveryChangeIsInTheHistoryNewestFirst()
    {
        var (catalogue, _) = await CreateAsync();
        var product = new Product("patentscope", "PATENTSCOPE", ["PS", "Patentscope search"], "Search patents", "https://patentscope.wipo.int");
        var plan = new PlanItem("patentscope", "p1", "Chemical search", "Structures", PlanStatus.Planned, "2027 Q1", null, Monday, "s1");

        await catalogue.SaveProductAsync(product, new CatalogueChange("patentscope", null, ChangeKind.ProductAdded, "PATENTSCOPE", null, "s1", Monday), default);
        await catalogue.SavePlanAsync(plan, new CatalogueChange("patentscope", "p1", ChangeKind.PlanAdded, "Chemical search", PlanStatus.Planned, "s1", Monday.AddHours(1)), default);
        await catalogue.SavePlanAsync(plan with { Status = PlanStatus.Released },
            new CatalogueChange("patentscope", "p1", ChangeKind.PlanStatusChanged, "Chemical search", PlanStatus.Released, "s2", Monday.AddHours(2)), default);

        var found = (await catalogue.FindProductAsync("patentscope", default))!;
        Assert.Equal((product.Name, product.Description, product.Url), (found.Name, found.Description, found.Url));
        Assert.Equal(product.Aliases, found.Aliases);
        Assert.Equal(PlanStatus.Released, (await catalogue.FindPlanAsync("patentscope", "p1", default))!.Status);
        Assert.Single(await catalogue.ListPlansAsync("patentscope", default));
        Assert.Equal([ChangeKind.PlanStatusChanged, ChangeKind.PlanAdded, ChangeKind.ProductAdded],
            (await catalogue.ProductHistoryAsync("patentscope", 10, default)).Select(c => c.Kind));
        Assert.Equal(ChangeKind.PlanStatusChanged, Assert.Single(await catalogue.RecentChangesAsync(1, default)).Kind);
        Assert.Null(await catalogue.FindProductAsync("nope", default));
    }

    [Fact]
    public async Task AQuestionAboutAProductIsRecordedOncePerMember()
    {
        var (_, questions) = await CreateAsync();
        var ada = new MemberId("tenant-1", "ada");

        Assert.True(await questions.RecordAsync(new PlanQuestion(ada, "epct", "ePCT", Monday), default));
        Assert.False(await questions.RecordAsync(new PlanQuestion(ada, "epct", "ePCT", Monday.AddDays(1)), default));
        Assert.True(await questions.RecordAsync(new PlanQuestion(new MemberId("tenant-2", "ada"), "epct", "ePCT", Monday), default));
    }
}

public sealed class InMemoryPlansCatalogueContract : PlansCatalogueContract
{
    protected override Task<(IPlansCatalogue, IPlanQuestions)> CreateAsync() =>
        Task.FromResult<(IPlansCatalogue, IPlanQuestions)>((new InMemoryPlansCatalogue(), new InMemoryPlanQuestions()));
}

[Collection(AzuriteCollection.Name)]
public sealed class TablePlansCatalogueContract(Azurite azurite) : PlansCatalogueContract
{
    protected override async Task<(IPlansCatalogue, IPlanQuestions)> CreateAsync()
    {
        var tables = await TableStores.TablesAsync(azurite, TablePlansCatalogue.TableName, TablePlanQuestions.TableName);
        return (new TablePlansCatalogue(tables), new TablePlanQuestions(tables));
    }
}
