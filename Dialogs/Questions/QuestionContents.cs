using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Questions;

/// <summary>The ticket card of a question, as it is when it is sent (staff read it, in English).</summary>
public sealed class TicketContent(IQuestionStore store, QuestionViews views) : IDeliveryContent
{
    public const string Kind = "question.ticket";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        return QuestionTickets.Parse(payload) is (var meetingId, var number) && await store.FindAsync(meetingId, number, cancellationToken) is { } question
            ? new CardReply(TicketCard.Build(await views.TicketAsync(question, cancellationToken)))
            : null;
    }
}

/// <summary>What an asker is told when their question moves on, in their language: its status, and its answer once given.</summary>
public sealed class QuestionMovedContent(IQuestionStore store, IStringLocalizer<QuestionTexts> texts) : IDeliveryContent
{
    public const string Kind = "question.moved";

    string IDeliveryContent.Kind => Kind;

    /// <summary>What the asker is told about, in short: a message whose question has moved on since says nothing (the later one tells).</summary>
    public static string Stamp(Question q) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{q.Status}\n{q.MergedInto}\n{q.Answer}")))[..12];

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        var bar = payload.LastIndexOf('|');
        if (bar < 0 || QuestionTickets.Parse(payload[..bar]) is not (var meetingId, var number)
            || await store.FindAsync(meetingId, number, cancellationToken) is not { } question || Stamp(question) != payload[(bar + 1)..]
            || await store.FindMeetingAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }
        return new TextReply(question.Answer is { Length: > 0 } answer && question.Status is QuestionStatus.Answered or QuestionStatus.AnsweredInMeeting
            ? texts["MovedWithAnswer", question.Id, meeting.Name, answer]
            : texts["Moved", question.Id, meeting.Name, QuestionViews.Status(texts, question)]);
    }
}
