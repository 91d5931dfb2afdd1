using CollabBot.Dialogs.Consultations;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Newsletters;
using CollabBot.Dialogs.Nominations;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Preferences;
using CollabBot.Dialogs.Questions;
using CollabBot.Dialogs.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// The conversation engine and every feature, and the texts they say (one .resx per feature folder, in English,
    /// French, Spanish and German). Their stores come from the host.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<CommandTable>();
        services.AddSingleton<IMessageHandler>(sp => sp.GetRequiredService<CommandTable>());
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<HelpCommand>();
        services.AddSingleton<ICommand>(sp => sp.GetRequiredService<HelpCommand>());
        services.AddDeliveryActions();
        services.AddMembers();
        services.AddPlans();
        services.AddForms();
        services.AddSurveys();
        services.AddQuestions();
        services.AddNominations();
        services.AddContributions();
        services.AddNewsletters();
        services.AddConsultations();
        services.AddPreferences();
        return services;
    }
}
