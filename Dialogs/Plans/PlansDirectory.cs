using CollabBot.Dialogs.Plans.Recognition;

namespace CollabBot.Dialogs.Plans;

/// <summary>The products being answered and the recogniser built from them: immutable, shared by every turn.</summary>
public sealed class CatalogueSnapshot
{
    public CatalogueSnapshot(IEnumerable<Product> products)
    {
        Products = [.. products.Where(p => !p.Retired).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        ById = Products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Recognizer = new PlansRecognizer(Products.Select(p => new ProductName(p.Id, p.Name, p.Aliases)));
    }

    public IReadOnlyList<Product> Products { get; }

    public IReadOnlyDictionary<string, Product> ById { get; }

    public PlansRecognizer Recognizer { get; }
}

/// <summary>
/// Keeps the current <see cref="CatalogueSnapshot"/>: built on first use, swapped whole when staff change a
/// product here, and reloaded after a few minutes so changes made through another instance arrive too.
/// </summary>
public sealed class PlansDirectory(IPlansCatalogue catalogue, TimeProvider clock)
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(5);

    private volatile Loaded? current;

    public async Task<CatalogueSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        // Two turns may both reload after the refresh time: harmless, the last snapshot built wins.
        if (current is { } fresh && clock.GetUtcNow() - fresh.At < RefreshAfter)
        {
            return fresh.Snapshot;
        }
        return await ReloadAsync(cancellationToken);
    }

    /// <summary>Rebuilds the snapshot now: after staff added, renamed or retired a product.</summary>
    public async Task<CatalogueSnapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        var snapshot = new CatalogueSnapshot(await catalogue.ListProductsAsync(cancellationToken));
        current = new Loaded(snapshot, clock.GetUtcNow());
        return snapshot;
    }

    private sealed record Loaded(CatalogueSnapshot Snapshot, DateTimeOffset At);
}
