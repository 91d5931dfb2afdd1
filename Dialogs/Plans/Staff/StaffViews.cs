using CollabBot.Cards.Plans;

namespace CollabBot.Dialogs.Plans.Staff;

/// <summary>Builds the staff cards' views from the catalogue.</summary>
public sealed class StaffViews(IPlansCatalogue catalogue)
{
    public static readonly IReadOnlyList<StatusChoice> Statuses =
        [.. Enum.GetValues<PlanStatus>().Select(s => new StatusChoice(StatusName(s), s.ToString()))];

    public async Task<CatalogueAdminView> AdminAsync(string? lastAction, CancellationToken cancellationToken)
    {
        var products = (await catalogue.ListProductsAsync(cancellationToken)).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return new CatalogueAdminView(
            [.. products.Where(p => !p.Retired).Select(p => new AdminProductEntry(p.Id, p.Name, p.IsSample))],
            [.. products.Where(p => p.Retired).Select(p => p.Name)],
            lastAction);
    }

    public async Task<ProductEditView> ProductAsync(Product product, string? lastAction, CancellationToken cancellationToken)
    {
        var plans = (await catalogue.ListPlansAsync(product.Id, cancellationToken))
            .Where(p => !p.Retired)
            .OrderBy(p => p.IsUpcoming ? 0 : 1).ThenBy(p => p.Target ?? "~", StringComparer.Ordinal);
        var history = await catalogue.ProductHistoryAsync(product.Id, ProductEditCard.MaxHistory, cancellationToken);
        return new ProductEditView(product.Id, product.Name, product.Aliases, product.Description, product.Url,
            [.. plans.Select(p => new AdminPlanEntry(p.Id, p.Title, StatusName(p.Status), p.Target))],
            [.. history.Select(h => new HistoryEntry(h.At, h.By, Describe(h)))],
            Guid.NewGuid().ToString("N"), Statuses, lastAction);
    }

    public static PlanEditView Plan(Product product, PlanItem plan) =>
        new(product.Id, product.Name, plan.Id, plan.Title, plan.Summary, plan.Status.ToString(), plan.Target, plan.Link, Statuses);

    public static string Describe(CatalogueChange change) => change.Kind switch
    {
        ChangeKind.ProductAdded => "product added",
        ChangeKind.ProductEdited => "product edited",
        ChangeKind.ProductRetired => "product retired",
        ChangeKind.PlanAdded => $"added \"{change.Title}\" ({Status(change)})",
        ChangeKind.PlanStatusChanged => $"\"{change.Title}\" now {Status(change)}",
        ChangeKind.PlanEdited => $"edited \"{change.Title}\"",
        ChangeKind.PlanRetired => $"retired \"{change.Title}\"",
        _ => change.Kind.ToString(),
    };

    private static string Status(CatalogueChange change) => change.Status is { } s ? StatusName(s) : "";

    /// <summary>Staff cards are in English.</summary>
    private static string StatusName(PlanStatus status) => status switch
    {
        PlanStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}
