using System.Collections.Concurrent;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Tests.Plans;

public sealed class InMemoryPlansCatalogue : IPlansCatalogue
{
    private readonly ConcurrentDictionary<string, Product> products = new();
    private readonly ConcurrentDictionary<(string, string), PlanItem> plans = new();
    private readonly List<CatalogueChange> history = [];

    public IReadOnlyList<CatalogueChange> History { get { lock (history) { return [.. history]; } } }

    public void Load(CatalogueFile.Content content)
    {
        foreach (var p in content.Products)
        {
            products[p.Id] = p;
        }
        foreach (var plan in content.Plans)
        {
            plans[(plan.ProductId, plan.Id)] = plan;
            Record(new CatalogueChange(plan.ProductId, plan.Id, ChangeKind.PlanAdded, plan.Title, plan.Status, plan.UpdatedBy, plan.Updated));
        }
    }

    public Task<IReadOnlyList<Product>> ListProductsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Product>>([.. products.Values]);

    public Task<Product?> FindProductAsync(string productId, CancellationToken cancellationToken) =>
        Task.FromResult(products.GetValueOrDefault(productId));

    public Task<IReadOnlyList<PlanItem>> ListPlansAsync(string productId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PlanItem>>([.. plans.Values.Where(p => p.ProductId == productId)]);

    public Task<PlanItem?> FindPlanAsync(string productId, string planId, CancellationToken cancellationToken) =>
        Task.FromResult(plans.GetValueOrDefault((productId, planId)));

    public Task SaveProductAsync(Product product, CatalogueChange change, CancellationToken cancellationToken)
    {
        products[product.Id] = product;
        Record(change);
        return Task.CompletedTask;
    }

    public Task SavePlanAsync(PlanItem plan, CatalogueChange change, CancellationToken cancellationToken)
    {
        plans[(plan.ProductId, plan.Id)] = plan;
        Record(change);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CatalogueChange>> RecentChangesAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CatalogueChange>>([.. History.OrderByDescending(c => c.At).Take(count)]);

    public Task<IReadOnlyList<CatalogueChange>> ProductHistoryAsync(string productId, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CatalogueChange>>([.. History.Where(c => c.ProductId == productId).OrderByDescending(c => c.At).Take(count)]);

    private void Record(CatalogueChange change)
    {
        lock (history)
        {
            history.Add(change);
        }
    }
}

public sealed class InMemoryPlanSubscriptions : IPlanSubscriptions
{
    private readonly ConcurrentDictionary<(MemberId, string), DateTimeOffset> rows = new();

    public Task<bool> FollowAsync(MemberId member, string productId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(rows.TryAdd((member, productId), at));

    public Task<bool> UnfollowAsync(MemberId member, string productId, CancellationToken cancellationToken) =>
        Task.FromResult(rows.TryRemove((member, productId), out _));

    public Task<IReadOnlyList<string>> ProductsFollowedByAsync(MemberId member, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. rows.Keys.Where(k => k.Item1 == member).Select(k => k.Item2).Order()]);

    public Task<IReadOnlyList<MemberId>> FollowersOfAsync(string productId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MemberId>>([.. rows.Keys.Where(k => k.Item2 == productId).Select(k => k.Item1)]);

    public async Task<(IReadOnlyList<MemberId> Followers, string? Next)> FollowersPageAsync(string productId, string? continuation, int size,
        CancellationToken cancellationToken)
    {
        var all = (await FollowersOfAsync(productId, cancellationToken)).OrderBy(m => m.ToString(), StringComparer.Ordinal).ToList();
        var start = continuation is null ? 0 : int.Parse(continuation, System.Globalization.CultureInfo.InvariantCulture);
        var next = start + size < all.Count ? (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return ([.. all.Skip(start).Take(size)], next);
    }
}

public sealed class InMemoryPlanQuestions : IPlanQuestions
{
    public ConcurrentDictionary<(MemberId, string), PlanQuestion> Questions { get; } = new();

    public Task<bool> RecordAsync(PlanQuestion question, CancellationToken cancellationToken) =>
        Task.FromResult(Questions.TryAdd((question.Asker, question.ProductId), question));
}
