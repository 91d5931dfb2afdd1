using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Members;

public static class MembersFeature
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton<ICommand, ProfileCommand>();
        services.AddSingleton<ICommand, PendingGroupsCommand>();
        services.AddSingleton<ICardAction, SaveProfileAction>();
        services.AddSingleton<ICardAction, ConfirmGroupAction>();
        services.AddSingleton<ICardAction, RejectGroupAction>();
        return services;
    }
}
