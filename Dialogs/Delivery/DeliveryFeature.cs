using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Delivery;

public static class DeliveryFeature
{
    /// <summary>The staff buttons of progress cards. The engine itself (<see cref="IDeliveries"/>) comes from the host.</summary>
    public static IServiceCollection AddDeliveryActions(this IServiceCollection services)
    {
        services.AddSingleton<ICardAction, CancelBroadcastAction>();
        return services;
    }
}
