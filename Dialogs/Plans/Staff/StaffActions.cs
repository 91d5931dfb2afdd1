using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Plans.Staff;

/// <summary>"Manage product plans": the staff catalogue card.</summary>
public sealed class ManagePlansCommand(StaffViews views, IStringLocalizer<PlansTexts> texts) : ICommand
{
    public const string Name = "plans.manage";

    public CommandInfo Info { get; } = new(Name, Role.Staff,
        ["manage plans", "manage product plans", "edit plans", "manage products", "gerer les plans", "gestionar planes", "plane verwalten"])
    {
        Help = new(texts, "ManagePlans"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        turn.Show(CatalogueAdminCard.Build(await views.AdminAsync(null, cancellationToken)));
}

/// <summary>The staff actions share finding the product and plan item a button names.</summary>
public abstract class StaffAction(IPlansCatalogue catalogue) : ICardAction
{
    public abstract string Verb { get; }

    public Role Required => Role.Staff;

    public abstract Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken);

    protected async Task<Product?> ProductAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit[PlansVerbs.ProductKey] is { } id && await catalogue.FindProductAsync(id, cancellationToken) is { Retired: false } product)
        {
            return product;
        }
        turn.Say("That product is no longer in the catalogue. Type **manage plans** to see it.");
        return null;
    }

    protected async Task<PlanItem?> PlanAsync(Turn turn, Product product, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit[PlansVerbs.PlanKey] is { } id && await catalogue.FindPlanAsync(product.Id, id, cancellationToken) is { Retired: false } plan)
        {
            return plan;
        }
        turn.Say($"That plan item is no longer in {product.Name}'s plans.");
        return null;
    }
}

public sealed class EditProductAction(IPlansCatalogue catalogue, StaffViews views) : StaffAction(catalogue)
{
    public override string Verb => PlansVerbs.EditProduct;

    public override async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await ProductAsync(turn, submit, cancellationToken) is { } product)
        {
            turn.Show(ProductEditCard.Build(await views.ProductAsync(product, null, cancellationToken)));
        }
    }
}

/// <summary>Saves a new product (no product in the button) or the product the button names.</summary>
public sealed class SaveProductAction(IPlansCatalogue catalogue, StaffViews views, PlansEditor editor) : StaffAction(catalogue)
{
    public override string Verb => PlansVerbs.SaveProduct;

    public override async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var outcome = await editor.SaveProductAsync(turn.Sender, submit[PlansVerbs.ProductKey], submit, cancellationToken);
        if (outcome.Error is { } error)
        {
            turn.Say(error);
            return;
        }
        turn.Replace(ProductEditCard.Build(await views.ProductAsync(outcome.Product!, outcome.Done, cancellationToken)));
    }
}

public sealed class RetireProductAction(IPlansCatalogue catalogue, StaffViews views, PlansEditor editor) : StaffAction(catalogue)
{
    public override string Verb => PlansVerbs.RetireProduct;

    public override async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await ProductAsync(turn, submit, cancellationToken) is not { } product)
        {
            return;
        }
        var outcome = await editor.RetireProductAsync(turn.Sender, product, cancellationToken);
        turn.Replace(CatalogueAdminCard.Build(await views.AdminAsync(outcome.Done, cancellationToken)));
    }
}

public sealed class EditPlanAction(IPlansCatalogue catalogue) : StaffAction(catalogue)
{
    public override string Verb => PlansVerbs.EditPlan;

    public override async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await ProductAsync(turn, submit, cancellationToken) is { } product && await PlanAsync(turn, product, submit, cancellationToken) is { } plan)
        {
            turn.Show(PlanEditCard.Build(StaffViews.Plan(product, plan)));
        }
    }
}

/// <summary>Saves a plan item: a new one (the id the new-item form carries) or the one the button names.</summary>
public sealed class SavePlanAction(IPlansCatalogue catalogue, StaffViews views, PlansEditor editor) : StaffAction(catalogue)
{
    public override string Verb => PlansVerbs.SavePlan;

    public override async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await ProductAsync(turn, submit, cancellationToken) is not { } product)
        {
            return;
        }
        if (submit[PlansVerbs.PlanKey] is not { Length: > 0 and <= 64 } planId)
        {
            turn.Say("That button is missing its details; open the product again with **manage plans**.");
            return;
        }
        var outcome = await editor.SavePlanAsync(turn.Sender, product, planId, submit, cancellationToken);
        if (outcome.Error is { } error)
        {
            turn.Say(error);
            return;
        }
        turn.Replace(ProductEditCard.Build(await views.ProductAsync(product, outcome.Done, cancellationToken)));
    }
}

public sealed class RetirePlanAction(IPlansCatalogue catalogue, StaffViews views, PlansEditor editor) : StaffAction(catalogue)
{
    public override string Verb => PlansVerbs.RetirePlan;

    public override async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await ProductAsync(turn, submit, cancellationToken) is not { } product || await PlanAsync(turn, product, submit, cancellationToken) is not { } plan)
        {
            return;
        }
        var outcome = await editor.RetirePlanAsync(turn.Sender, product, plan, cancellationToken);
        turn.Replace(ProductEditCard.Build(await views.ProductAsync(product, outcome.Done, cancellationToken)));
    }
}
