using CollabBot.Bot.Files;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Questions;

namespace CollabBot.Bot.Questions;

public static class QuestionsHosting
{
    /// <summary>Round Table questions' storage and settings.</summary>
    public static IServiceCollection AddQuestionsHosting(this IServiceCollection services)
    {
        services.AddOptions<QuestionOptions>().BindConfiguration(QuestionOptions.Section)
            .Validate(o => o.TakeWithin > TimeSpan.Zero && o.AnswerWithin > TimeSpan.Zero, "Questions:TakeWithin and Questions:AnswerWithin must be positive")
            .Validate(o => o.WorkStarts < o.WorkEnds && o.WorkEnds < TimeSpan.FromHours(24), "Questions:WorkStarts must come before Questions:WorkEnds")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Questions:TimeZone is not a time zone this machine knows")
            .ValidateOnStart();
        services.AddSingleton(new TableName(TableQuestionStore.TableName));
        services.AddSingleton<IQuestionStore, TableQuestionStore>();
        services.AddSingleton<IExporter, BriefingExporter>();
        services.AddSingleton<IExporter, MinutesExporter>();
        return services;
    }
}
