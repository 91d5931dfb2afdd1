using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Plans.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Plans;

/// <summary>Product plans: answers, follow and subscriptions, staff editing. Its stores come from the host.</summary>
public static class PlansFeature
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddSingleton<PlansDirectory>();
        services.AddSingleton<PlansAnswers>();
        services.AddSingleton<IDeliveryContent, FollowerNews>();
        services.AddSingleton<IMessageHandler, PlansStage>();
        services.AddSingleton<ICommand, WhatsNewCommand>();
        services.AddSingleton<ICommand, ProductsCommand>();
        services.AddSingleton<ICommand, SubscriptionsCommand>();
        services.AddSingleton<ICardAction, ShowPlansAction>();
        services.AddSingleton<ICardAction, FollowAction>();
        services.AddSingleton<ICardAction, UnfollowAction>();
        services.AddSingleton<ICardAction, AskStaffAction>();

        services.AddSingleton<StaffViews>();
        services.AddSingleton<PlansEditor>();
        services.AddSingleton<ICommand, ManagePlansCommand>();
        services.AddSingleton<ICardAction, EditProductAction>();
        services.AddSingleton<ICardAction, SaveProductAction>();
        services.AddSingleton<ICardAction, RetireProductAction>();
        services.AddSingleton<ICardAction, EditPlanAction>();
        services.AddSingleton<ICardAction, SavePlanAction>();
        services.AddSingleton<ICardAction, RetirePlanAction>();
        return services;
    }
}
