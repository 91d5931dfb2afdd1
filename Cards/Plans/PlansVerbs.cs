namespace CollabBot.Cards.Plans;

/// <summary>The verbs and data keys of the plans cards' buttons.</summary>
public static class PlansVerbs
{
    public const string Show = "plans.show";
    public const string Follow = "plans.follow";
    public const string Unfollow = "plans.unfollow";
    public const string AskStaff = "plans.askStaff";

    public const string EditProduct = "plans.editProduct";
    public const string SaveProduct = "plans.saveProduct";
    public const string RetireProduct = "plans.retireProduct";
    public const string EditPlan = "plans.editPlan";
    public const string SavePlan = "plans.savePlan";
    public const string RetirePlan = "plans.retirePlan";

    public const string ProductKey = "product";
    public const string PlanKey = "plan";
}
