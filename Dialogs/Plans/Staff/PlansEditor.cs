using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;

namespace CollabBot.Dialogs.Plans.Staff;

/// <summary>
/// Staff changes to the catalogue: checks the input (nothing is written when it is wrong), writes the record and its
/// history entry, rebuilds the recogniser when products change, and asks the delivery engine to tell the followers.
/// </summary>
public sealed class PlansEditor(IPlansCatalogue catalogue, PlansDirectory directory, IDeliveries deliveries, IEnumerable<IPlanReleases> releases,
    TimeProvider clock)
{
    public const int MaxTitle = 200;
    public const int MaxText = 2000;

    public sealed record Outcome(string? Error, string? Done, Product? Product = null)
    {
        public static Outcome Failed(string error) => new(error, null);
    }

    public async Task<Outcome> SaveProductAsync(Member staff, string? productId, CardSubmit input, CancellationToken cancellationToken)
    {
        var name = Text(input[PlanInputs.Name]);
        if (name is null)
        {
            return Outcome.Failed("Please give the product a name.");
        }
        var url = Text(input[PlanInputs.Url]);
        if (url is not null && !IsWebAddress(url))
        {
            return Outcome.Failed("The product page must be a web address starting with https:// or http://.");
        }
        var aliases = (input[PlanInputs.Aliases] ?? "")
            .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var all = await catalogue.ListProductsAsync(cancellationToken);
        var existing = productId is null ? null : all.FirstOrDefault(p => p.Id == productId);
        if (productId is not null && existing is null)
        {
            return Outcome.Failed("That product is no longer in the catalogue.");
        }
        var id = existing?.Id ?? CatalogueRules.Slug(name);
        if (id.Length == 0)
        {
            return Outcome.Failed("The name needs at least one letter or digit.");
        }
        if (existing is null && all.Any(p => p.Id == id))
        {
            return Outcome.Failed($"A product with the id \"{id}\" already exists: edit it instead.");
        }
        var product = new Product(id, name, aliases, Text(input[PlanInputs.Description]), url, IsSample: existing?.IsSample ?? false);
        if (CatalogueRules.Check(product, all) is { } problem)
        {
            return Outcome.Failed("Not saved: " + problem);
        }
        if (existing is not null && product == existing with { Aliases = product.Aliases } && product.Aliases.SequenceEqual(existing.Aliases))
        {
            return new Outcome(null, "Nothing changed.", product);
        }
        var kind = existing is null ? ChangeKind.ProductAdded : ChangeKind.ProductEdited;
        await catalogue.SaveProductAsync(product, Change(product.Id, null, kind, product.Name, null, staff), cancellationToken);
        await directory.ReloadAsync(cancellationToken);
        return new Outcome(null, existing is null ? $"Added {product.Name}." : $"Saved {product.Name}.", product);
    }

    public async Task<Outcome> RetireProductAsync(Member staff, Product product, CancellationToken cancellationToken)
    {
        await catalogue.SaveProductAsync(product with { Retired = true },
            Change(product.Id, null, ChangeKind.ProductRetired, product.Name, null, staff), cancellationToken);
        await directory.ReloadAsync(cancellationToken);
        return new Outcome(null, $"Retired {product.Name}: members no longer see it.", product);
    }

    public async Task<Outcome> SavePlanAsync(Member staff, Product product, string planId, CardSubmit input, CancellationToken cancellationToken)
    {
        var title = Text(input[PlanInputs.Title]);
        if (title is null)
        {
            return Outcome.Failed("Please give the plan item a title.");
        }
        if (title.Length > MaxTitle)
        {
            return Outcome.Failed($"The title is longer than {MaxTitle} characters.");
        }
        if (!Enum.TryParse<PlanStatus>(input[PlanInputs.Status], out var status) || !Enum.IsDefined(status))
        {
            return Outcome.Failed("Please choose a status: planned, in progress, released or dropped.");
        }
        var link = Text(input[PlanInputs.Link]);
        if (link is not null && !IsWebAddress(link))
        {
            return Outcome.Failed("The link must be a web address starting with https:// or http://.");
        }
        var summary = Text(input[PlanInputs.Summary]) ?? "";
        if (summary.Length > MaxText)
        {
            return Outcome.Failed($"The summary is longer than {MaxText} characters.");
        }
        var existing = await catalogue.FindPlanAsync(product.Id, planId, cancellationToken);
        var now = clock.GetUtcNow();
        var plan = new PlanItem(product.Id, planId, title, summary, status, Text(input[PlanInputs.Target]), link, now, staff.Id.ObjectId);
        if (existing is not null && existing with { Updated = now, UpdatedBy = staff.Id.ObjectId, Retired = false } == plan && !existing.Retired)
        {
            // Nothing changed, or the same save delivered again (a re-run of a turn that failed after saving): no history
            // entry; the news of the item's last change is asked for again, which adds it only if it was lost.
            await AskForLastNewsAsync(product, planId, cancellationToken);
            await ReleasedAsync(plan, cancellationToken);
            return new Outcome(null, $"Nothing changed in \"{title}\".", product);
        }
        var kind = existing is null ? ChangeKind.PlanAdded
            : existing.Status != status ? ChangeKind.PlanStatusChanged
            : ChangeKind.PlanEdited;
        var change = Change(product.Id, planId, kind, title, status, staff);
        await catalogue.SavePlanAsync(plan, change, cancellationToken);
        var verb = kind == ChangeKind.PlanAdded ? "Added" : "Saved";
        if (!change.IsNews)
        {
            return new Outcome(null, $"{verb} \"{title}\".", product);
        }
        await deliveries.BroadcastAsync(FollowerNews.For(product, change)!, cancellationToken);
        await ReleasedAsync(plan, cancellationToken);
        return new Outcome(null, $"{verb} \"{title}\"; its followers are being told.", product);
    }

    private async Task ReleasedAsync(PlanItem plan, CancellationToken cancellationToken)
    {
        if (plan.Status != PlanStatus.Released)
        {
            return;
        }
        foreach (var release in releases)
        {
            await release.ReleasedAsync(plan, cancellationToken);
        }
    }

    private async Task AskForLastNewsAsync(Product product, string planId, CancellationToken cancellationToken)
    {
        var last = (await catalogue.ProductHistoryAsync(product.Id, 50, cancellationToken)).FirstOrDefault(c => c.PlanId == planId);
        if (last is not null && FollowerNews.For(product, last) is { } news)
        {
            await deliveries.BroadcastAsync(news, cancellationToken);
        }
    }

    public async Task<Outcome> RetirePlanAsync(Member staff, Product product, PlanItem plan, CancellationToken cancellationToken)
    {
        await catalogue.SavePlanAsync(plan with { Retired = true, Updated = clock.GetUtcNow(), UpdatedBy = staff.Id.ObjectId },
            Change(product.Id, plan.Id, ChangeKind.PlanRetired, plan.Title, plan.Status, staff), cancellationToken);
        return new Outcome(null, $"Retired \"{plan.Title}\".", product);
    }

    private CatalogueChange Change(string productId, string? planId, ChangeKind kind, string title, PlanStatus? status, Member staff) =>
        new(productId, planId, kind, title, status, staff.Id.ObjectId, clock.GetUtcNow());

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
