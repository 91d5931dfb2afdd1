using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Forms;

public static class FormsFeature
{
    /// <summary>The form engine (first message stage) and its buttons; features add their <see cref="IFormOwner"/>.</summary>
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddSingleton<AnswerParser>();
        services.AddSingleton<FormCards>();
        services.AddSingleton<FormEngine>();
        services.AddSingleton<IMessageHandler>(sp => sp.GetRequiredService<FormEngine>());
        services.AddSingleton<ICardAction, FormStartAction>();
        services.AddSingleton<ICardAction, FormAnswerAction>();
        services.AddSingleton<ICardAction, FormControlAction>();
        services.AddSingleton<ICardAction, FormOpenCardAction>();
        services.AddSingleton<ICardAction, FormSubmitAllAction>();
        return services;
    }
}
