namespace CollabBot.Dialogs.Plans;

/// <summary>The products, their plan items and the history of every change.</summary>
public interface IPlansCatalogue
{
    /// <summary>Every product, retired ones included.</summary>
    Task<IReadOnlyList<Product>> ListProductsAsync(CancellationToken cancellationToken);

    Task<Product?> FindProductAsync(string productId, CancellationToken cancellationToken);

    /// <summary>A product's plan items, retired ones included.</summary>
    Task<IReadOnlyList<PlanItem>> ListPlansAsync(string productId, CancellationToken cancellationToken);

    Task<PlanItem?> FindPlanAsync(string productId, string planId, CancellationToken cancellationToken);

    /// <summary>Writes the product and records the change in the history.</summary>
    Task SaveProductAsync(Product product, CatalogueChange change, CancellationToken cancellationToken);

    /// <summary>Writes the plan item and records the change in the history.</summary>
    Task SavePlanAsync(PlanItem plan, CatalogueChange change, CancellationToken cancellationToken);

    /// <summary>The newest changes across products, newest first.</summary>
    Task<IReadOnlyList<CatalogueChange>> RecentChangesAsync(int count, CancellationToken cancellationToken);

    /// <summary>The newest changes to one product, newest first.</summary>
    Task<IReadOnlyList<CatalogueChange>> ProductHistoryAsync(string productId, int count, CancellationToken cancellationToken);
}
