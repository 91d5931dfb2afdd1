using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Surveys;

public static class SurveysFeature
{
    /// <summary>Surveys: staff commands and buttons, "my surveys", and surveys as forms. The host binds <see cref="SurveyOptions"/> and gives the store and the exports.</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<RespondentKeys>();
        services.AddSingleton<SurveyForms>();
        services.AddSingleton<IFormOwner>(sp => sp.GetRequiredService<SurveyForms>());
        services.AddSingleton<SurveyCampaigns>();
        services.AddSingleton<IDeliveryContent, SurveyInvitation>();
        services.AddSingleton<IDeliveryContent, SurveyReminder>();
        services.AddSingleton<IDueHandler, CloseAtDeadline>();
        services.AddSingleton<IDueHandler, CountWaitingAnswers>();
        services.AddSingleton<SurveyImporter>();
        services.AddSingleton<SurveyListViews>();
        services.AddSingleton<ICommand, SurveysCommand>();
        services.AddSingleton<ICommand, ImportSurveyCommand>();
        services.AddSingleton<ICommand, MySurveysCommand>();
        services.AddSingleton<ICommand, AuthorSurveyCommand>();
        services.AddSingleton<ICardAction, SurveyAuthoring>();
        services.AddSingleton<ICardAction, ImportSurveyAction>();
        services.AddSingleton<ICardAction, MyAnswersAction>();
        services.AddSingleton<ICardAction, ExportSurveyAction>();
        Operation<PreviewSurveyOperation>(services);
        Operation<OpenSurveyOperation>(services);
        Operation<CloseSurveyOperation>(services);
        Operation<SurveyResultsOperation>(services);
        services.AddSingleton<CloseAtResponses>();
        services.AddSingleton<IDueHandler, OpenAtSchedule>();
        Operation<ScheduleSurveyOperation>(services);
        Operation<UnscheduleSurveyOperation>(services);
        Operation<NextEditionOperation>(services);
        Operation<CompareEditionsOperation>(services);
        services.AddSingleton<SurveyAudiences>();
        Operation<EditSurveyOperation>(services);
        Operation<DuplicateSurveyOperation>(services);
        services.AddSingleton<SurveyGroups>();
        services.AddSingleton<ICardAction, SeeResultsAction>();
        return services;
    }

    private static void Operation<T>(IServiceCollection services) where T : SurveyOperation
    {
        services.AddSingleton<T>();
        services.AddSingleton<ICommand>(sp => sp.GetRequiredService<T>());
        services.AddSingleton<ICardAction>(sp => sp.GetRequiredService<T>());
    }
}
