using CollabBot.Bot.Files;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Consultations;

namespace CollabBot.Bot.Consultations;

public static class ConsultationsHosting
{
    /// <summary>Consultations' storage and the export of their answers.</summary>
    public static IServiceCollection AddConsultationsHosting(this IServiceCollection services)
    {
        services.AddSingleton(new TableName(TableConsultationStore.TableName));
        services.AddSingleton<IConsultationStore, TableConsultationStore>();
        services.AddSingleton<IExporter, ConsultationExporter>();
        return services;
    }
}
