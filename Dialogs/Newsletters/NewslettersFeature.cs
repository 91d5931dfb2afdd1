using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Newsletters;

public static class NewslettersFeature
{
    /// <summary>
    /// Newsletters: staff compose (four languages), preview, choose the audience, send now or at a set minute, correct
    /// after sending; members read more, find helpful, reply, and read them again. The host gives the store.
    /// </summary>
    public static IServiceCollection AddNewsletters(this IServiceCollection services)
    {
        services.AddSingleton<NewsletterViews>();
        services.AddSingleton<NewsletterStaffViews>();
        services.AddSingleton<NewsletterSending>();
        services.AddSingleton<IDueHandler>(sp => sp.GetRequiredService<NewsletterSending>());
        services.AddSingleton<NewsletterReplies>();
        services.AddSingleton<IStaffChannelCards>(sp => sp.GetRequiredService<NewsletterReplies>());
        services.AddSingleton<IDeliveryContent, NewsletterContent>();
        services.AddSingleton<IDeliveryContent, ReplyTicketContent>();
        services.AddSingleton<IDeliveryContent, ReplyAnswerContent>();
        services.AddSingleton<ICommand, NewNewsletterCommand>();
        services.AddSingleton<ICommand, NewslettersCommand>();
        services.AddSingleton<ICardAction, SaveNewsletterAction>();
        services.AddSingleton<ICardAction, EditNewsletterAction>();
        services.AddSingleton<ICardAction, DuplicateNewsletterAction>();
        services.AddSingleton<ICardAction, PreviewNewsletterAction>();
        services.AddSingleton<ICardAction, StatusNewsletterAction>();
        services.AddSingleton<ICardAction, AudienceNewsletterAction>();
        services.AddSingleton<ICardAction, SendNewsletterAction>();
        services.AddSingleton<ICardAction, ScheduleNewsletterAction>();
        services.AddSingleton<ICardAction, CancelNewsletterAction>();
        services.AddSingleton<ICardAction, ExportNewsletterAction>();
        services.AddSingleton<ICardAction, ReadNewsletterAction>();
        services.AddSingleton<ICardAction, HelpfulNewsletterAction>();
        services.AddSingleton<ICardAction, OpenNewsletterAction>();
        services.AddSingleton<ICardAction, ReplyToNewsletterAction>();
        services.AddSingleton<ICardAction, AnswerReplyAction>();
        return services;
    }
}
