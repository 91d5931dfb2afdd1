using CollabBot.Dialogs.Contributions.AgendaSlots;
using CollabBot.Dialogs.Contributions.Feedback;
using CollabBot.Dialogs.Contributions.Inspire;
using CollabBot.Dialogs.Contributions.Magazine;
using CollabBot.Dialogs.Contributions.TaskForces;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Contributions;

public static class ContributionsFeature
{
    /// <summary>
    /// The channels through which members work with WIPO (feedback, Inspire reports, Magazine papers, task forces, agenda
    /// slots; trainers and speakers are nominations' speaker requests), each a folder with its form and rules; and what
    /// they share: the record, the staff card, pings, the staff inbox, "my contributions" and exports. The host binds
    /// <see cref="ContributionOptions"/> and gives the store.
    /// </summary>
    public static IServiceCollection AddContributions(this IServiceCollection services)
    {
        services.AddSingleton<FeedbackChannel>();
        services.AddSingleton<ContributionChannel>(sp => sp.GetRequiredService<FeedbackChannel>());
        services.AddSingleton<IPlanReleases, FeedbackReleases>();
        services.AddSingleton<ContributionChannel, InspireChannel>();
        services.AddSingleton<ContributionChannel, MagazineChannel>();
        services.AddSingleton<ContributionChannel, TaskForceChannel>();
        services.AddSingleton<AgendaSlotChannel>();
        services.AddSingleton<ContributionChannel>(sp => sp.GetRequiredService<AgendaSlotChannel>());
        services.AddSingleton<IAgendaSlots>(sp => sp.GetRequiredService<AgendaSlotChannel>());

        services.AddSingleton<ContributionChannels>();
        services.AddSingleton<ContributionViews>();
        services.AddSingleton<ContributionPings>();
        services.AddSingleton<IDueHandler>(sp => sp.GetRequiredService<ContributionPings>());
        services.AddSingleton<ContributionFlow>();
        services.AddSingleton<IStaffChannelCards>(sp => sp.GetRequiredService<ContributionFlow>());
        services.AddSingleton<ContributionForms>();
        services.AddSingleton<IFormOwner>(sp => sp.GetRequiredService<ContributionForms>());
        services.AddSingleton<ContributionStarter>();
        services.AddSingleton<IDeliveryContent, ContributionCardContent>();
        services.AddSingleton<IDeliveryContent, ContributionMovedContent>();
        services.AddSingleton<IDeliveryContent, ContributionPingContent>();
        services.AddSingleton<ICommand, ContributeCommand>();
        services.AddSingleton<ICommand, MyContributionsCommand>();
        services.AddSingleton<ICardAction, StartContributionAction>();

        services.AddSingleton<ContributionServices>();
        services.AddSingleton<ICommand, InboxCommand>();
        services.AddSingleton<ICardAction, FilterInboxAction>();
        services.AddSingleton<ICardAction, ShowContributionAction>();
        services.AddSingleton<ICardAction, TakeContributionAction>();
        services.AddSingleton<ICardAction, DecideContributionAction>();
        services.AddSingleton<ICardAction, ExportContributionsAction>();
        return services;
    }
}
