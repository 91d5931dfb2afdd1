using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Consultations;

public static class ConsultationsFeature
{
    /// <summary>
    /// Consultations: staff ask the confirmed representatives of user groups for their group's opinion on a planned initiative,
    /// by a deadline; each group answers once, in its representative's language; staff see the answers side by side, in
    /// the staff channel updated in place, and export them. The host gives the store and the export.
    /// </summary>
    public static IServiceCollection AddConsultations(this IServiceCollection services)
    {
        services.AddSingleton<ConsultationViews>();
        services.AddSingleton<ConsultationSending>();
        services.AddSingleton<IDueHandler>(sp => sp.GetRequiredService<ConsultationSending>());
        services.AddSingleton<IStaffChannelCards>(sp => sp.GetRequiredService<ConsultationSending>());
        services.AddSingleton<IDeliveryContent, ConsultationContent>();
        services.AddSingleton<IDeliveryContent, ConsultationStaffContent>();
        services.AddSingleton<IDeliveryContent, ConsultationClosedContent>();
        services.AddSingleton<ICommand, NewConsultationCommand>();
        services.AddSingleton<ICommand, ConsultationsCommand>();
        services.AddSingleton<ICardAction, SendConsultationAction>();
        services.AddSingleton<ICardAction, RefreshConsultationAction>();
        services.AddSingleton<ICardAction, ShowConsultationAction>();
        services.AddSingleton<ICardAction, CloseConsultationAction>();
        services.AddSingleton<ICardAction, ExportConsultationAction>();
        services.AddSingleton<ICardAction, AnswerConsultationAction>();
        return services;
    }
}
