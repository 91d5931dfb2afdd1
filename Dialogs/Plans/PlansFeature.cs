using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Plans;

/// <summary>Product plans: answers, follow and subscriptions, staff editing. Its stores come from the host.</summary>
public static class PlansFeature
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddSingleton<PlansDirectory>();
        services.AddSingleton<PlansAnswers>();
        services.AddSingleton<FollowerNews>();
        services.AddSingleton<IMessageHandler, PlansStage>();
        services.AddSingleton<ICommand, WhatsNewCommand>();
        services.AddSingleton<ICommand, ProductsCommand>();
        services.AddSingleton<ICommand, SubscriptionsCommand>();
        services.AddSingleton<ICardAction, ShowPlansAction>();
        services.AddSingleton<ICardAction, FollowAction>();
        services.AddSingleton<ICardAction, UnfollowAction>();
        services.AddSingleton<ICardAction, AskStaffAction>();
        return services;
    }
}
