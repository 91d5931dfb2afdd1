using CollabBot.Cards.Model;
using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Plans.Staff;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.CardChecks;

/// <summary>The plans feature's cards for <see cref="CardCatalog"/>, each branch reached.</summary>
public static class PlansCards
{
    private static readonly DateTimeOffset At = new(2026, 11, 3, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<(string Name, AdaptiveCard Card)> Member(string language)
    {
        var labels = Texts.In(language, () => PlansTexts.Labels(Texts.Of<PlansTexts>()));
        PlanItemView Item(int i, bool active) =>
            new($"Item {i} \"quoted\" <b>", "A summary with *markdown* and a long sentence.", active ? "in progress" : "planned", active,
                i % 2 == 0 ? "2027 Q1" : null, i % 3 == 0 ? "https://patentscope.wipo.int/" : null, At);

        yield return ("plans-full", PlansCard.Build(new PlansView("patentscope", "PATENTSCOPE", "WIPO's patent database.",
            "https://patentscope.wipo.int/", true, [Item(1, true), Item(2, false), Item(3, false)], [Item(4, false)], false), labels));
        yield return ("plans-long-following", PlansCard.Build(new PlansView("patentscope", "PATENTSCOPE", null, null, false,
            [.. Enumerable.Range(1, 40).Select(i => Item(i, i % 4 == 0))], [.. Enumerable.Range(1, 12).Select(i => Item(i, false))], true), labels));
        yield return ("plans-released-only", PlansCard.Build(new PlansView("epct", "ePCT", null, null, false, [], [Item(1, false)], false), labels));
        yield return ("plans-none", PlansCard.Build(new PlansView("wipo-case", "WIPO CASE", "Case sharing.", "https://www.wipo.int/case/", false, [], [], false), labels));

        ProductEntry[] products = [.. Enumerable.Range(1, 45).Select(i => new ProductEntry($"p{i}", $"Product {i}", i % 2 == 0))];
        yield return ("products-long-intro", ProductListCard.Build(new ProductListView(null, "I don't know that product.", products), labels));
        yield return ("subscriptions-empty", ProductListCard.Build(new ProductListView(labels.SubscriptionsHeading, null, [], labels.SubscriptionsEmpty), labels));

        yield return ("product-mention", ProductMentionCard.Build(new ProductMentionView("patentscope",
            "You mentioned **PATENTSCOPE**. I can show its plans or keep you posted when they change.", false, "See its plans", "Follow", "Help", "help")));
        yield return ("product-mention-following-de", ProductMentionCard.Build(new ProductMentionView("epct",
            "Sie haben **ePCT** erwähnt, dem Sie folgen. Ich kann Ihnen die Pläne zeigen.", true, "Pläne ansehen", "Nicht mehr folgen", "Hilfe", "help")));

        yield return ("whats-new", WhatsNewCard.Build(new WhatsNewView(
            [.. Enumerable.Range(1, 20).Select(i => new NewsEntry("patentscope", "PATENTSCOPE", $"Item {i}", "released", i % 2 == 0, At))]), labels));
        yield return ("whats-new-empty", WhatsNewCard.Build(new WhatsNewView([]), labels));
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> Staff()
    {
        var at = At;
        yield return ("plans-admin", CatalogueAdminCard.Build(new CatalogueAdminView(
            [.. Enumerable.Range(1, 50).Select(i => new AdminProductEntry($"p{i}", $"Product {i}", i % 2 == 0))], ["Old product"], "Added X.")));
        yield return ("plans-admin-empty", CatalogueAdminCard.Build(new CatalogueAdminView([], [])));
        HistoryEntry[] history = [.. Enumerable.Range(1, 12).Select(i => new HistoryEntry(at, "s1", $"added \"Item {i}\" (planned)"))];
        yield return ("plans-product-edit", ProductEditCard.Build(new ProductEditView("patentscope", "PATENTSCOPE", ["PS", "patenscope"],
            "WIPO's patent database.", "https://patentscope.wipo.int/",
            [.. Enumerable.Range(1, 45).Select(i => new AdminPlanEntry($"i{i}", $"Item {i}", "planned", i % 2 == 0 ? "2027 Q1" : null))],
            history, "new-id", StaffViews.Statuses, "Saved \"Item 1\"; told 3 follower(s).")));
        yield return ("plans-product-edit-empty", ProductEditCard.Build(new ProductEditView("new", "New product", [], null, null, [], [],
            "new-id", StaffViews.Statuses)));
        yield return ("plans-plan-edit", PlanEditCard.Build(new PlanEditView("patentscope", "PATENTSCOPE", "i1", "Item 1", "Summary",
            "InProgress", "2027 Q1", "https://patentscope.wipo.int/", StaffViews.Statuses)));
        yield return ("plans-plan-edit-empty", PlanEditCard.Build(new PlanEditView("patentscope", "PATENTSCOPE", "i1", "Item 1", "",
            "Planned", null, null, StaffViews.Statuses)));
    }
}
