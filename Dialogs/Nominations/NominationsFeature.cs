using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Nominations;

public static class NominationsFeature
{
    /// <summary>
    /// Nominations of experts and trainers, and speaker requests: the form, consent and "my nominations" for members; the
    /// staff card with its review panel, the lists and the experts' directory for staff. The host binds
    /// <see cref="NominationOptions"/> and gives the store.
    /// </summary>
    public static IServiceCollection AddNominations(this IServiceCollection services)
    {
        services.AddSingleton<NominationViews>();
        services.AddSingleton<NominationFlow>();
        services.AddSingleton<IStaffChannelCards>(sp => sp.GetRequiredService<NominationFlow>());
        services.AddSingleton<NominationForms>();
        services.AddSingleton<IFormOwner>(sp => sp.GetRequiredService<NominationForms>());
        services.AddSingleton<IDeliveryContent, NominationCardContent>();
        services.AddSingleton<IDeliveryContent, NomineeConsentContent>();
        services.AddSingleton<IDeliveryContent, NominationMovedContent>();
        services.AddSingleton<IDeliveryContent, NominationContactContent>();
        services.AddSingleton<IDeliveryContent, ReviewRequestContent>();
        services.AddSingleton<ICommand, NominateCommand>();
        services.AddSingleton<ICommand, MyNominationsCommand>();
        services.AddSingleton<ICardAction, StartNominationAction>();
        services.AddSingleton<ICardAction, ConfirmConsentAction>();
        services.AddSingleton<ICardAction, WithdrawNominationAction>();
        services.AddSingleton<ICardAction, AgreeAction>();
        services.AddSingleton<ICardAction, DeclineConsentAction>();

        services.AddSingleton<ICommand, NominationsCommand>();
        services.AddSingleton<ICommand, ExpertsCommand>();
        services.AddSingleton<ReviewServices>();
        services.AddSingleton<ICardAction, ReviewNominationAction>();
        services.AddSingleton<ICardAction, DeclareConflictAction>();
        services.AddSingleton<ICardAction, AssignReviewersAction>();
        services.AddSingleton<ICardAction, HoldNominationAction>();
        services.AddSingleton<ICardAction, ResumeNominationAction>();
        services.AddSingleton<ICardAction, ShowNominationAction>();
        services.AddSingleton<ICardAction, ContactDetailsAction>();
        services.AddSingleton<ICardAction, ExportNominationsAction>();
        return services;
    }
}
