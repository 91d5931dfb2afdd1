using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Questions;

public static class QuestionsFeature
{
    /// <summary>
    /// Round Table questions: asking (a form), voices, "my questions" and the published Q&amp;A for members; meetings, the
    /// staff channel, ticket actions, "open questions" and pings for staff. The host binds <see cref="QuestionOptions"/>
    /// and gives the store.
    /// </summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddSingleton<AskerKeys>();
        services.AddSingleton<QuestionViews>();
        services.AddSingleton<QuestionPings>();
        services.AddSingleton<IDueHandler>(sp => sp.GetRequiredService<QuestionPings>());
        services.AddSingleton<QuestionTickets>();
        services.AddSingleton<IStaffChannelCards>(sp => sp.GetRequiredService<QuestionTickets>());
        services.AddSingleton<QuestionAsking>();
        services.AddSingleton<QuestionForms>();
        services.AddSingleton<IFormOwner>(sp => sp.GetRequiredService<QuestionForms>());
        services.AddSingleton<IDeliveryContent, TicketContent>();
        services.AddSingleton<IDeliveryContent, QuestionMovedContent>();
        services.AddSingleton<IDeliveryContent, PingContent>();
        services.AddSingleton<IDeliveryContent, ReminderContent>();
        services.AddSingleton<IDeliveryContent, EscalationContent>();
        services.AddSingleton<ICommand, AskQuestionCommand>();
        services.AddSingleton<ICommand, MyQuestionsCommand>();
        services.AddSingleton<ICommand, RoundTableAnswersCommand>();
        services.AddSingleton<ICardAction, MeTooAction>();
        services.AddSingleton<ICardAction, SendMineAction>();

        services.AddSingleton<MeetingViews>();
        services.AddSingleton<FollowUpCarryOver>();
        services.AddSingleton<ICommand, MeetingsCommand>();
        services.AddSingleton<ICardAction, SaveMeetingAction>();
        services.AddSingleton<ICommand, StaffChannelCommand>();
        services.AddSingleton<ICommand, OpenQuestionsCommand>();
        services.AddSingleton<MeetingFinder>();
        services.AddSingleton<BriefingPacks>();
        services.AddSingleton<ICommand, BriefingPackCommand>();
        services.AddSingleton<ICommand, MinutesCommand>();
        services.AddSingleton<ICardAction, SendMinutesAction>();
        services.AddSingleton<ICardAction, ExportMinutesAction>();
        services.AddSingleton<IDeliveryContent, MinutesContent>();
        services.AddSingleton<ICardAction, ShowTicketAction>();
        services.AddSingleton<TicketActionServices>();
        services.AddSingleton<ICardAction, TakeAction>();
        services.AddSingleton<ICardAction, AssignAction>();
        services.AddSingleton<ICardAction, AnswerAction>();
        services.AddSingleton<ICardAction, AgendaAction>();
        services.AddSingleton<ICardAction, MergeAction>();
        services.AddSingleton<ICardAction, CloseAction>();
        services.AddSingleton<ICardAction, OutcomeAction>();
        return services;
    }
}
