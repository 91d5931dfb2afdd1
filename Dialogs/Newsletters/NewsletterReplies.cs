using System.Globalization;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>
/// Replies to newsletters: the member's reply becomes a card in the staff channel, answered from the card; the member
/// gets the answer in their language, and the card shows it. Only the reply form counts: text typed after a newsletter
/// is an ordinary message.
/// </summary>
public sealed class NewsletterReplies(INewsletterStore store, IQuestionStore questions, IDeliveries deliveries) : IStaffChannelCards
{
    /// <summary>A new staff channel gets the replies nobody answered yet.</summary>
    public async Task<(string Phrase, int Count)?> PostOpenAsync(StaffChannel channel, CancellationToken cancellationToken)
    {
        var open = new List<NewsletterReply>();
        foreach (var newsletter in (await store.ListAsync(cancellationToken)).Where(n => n.Status == NewsletterStatus.Sent))
        {
            open.AddRange((await store.ListRepliesAsync(newsletter.Number, cancellationToken)).Where(r => r.Answer is null));
        }
        foreach (var reply in open)
        {
            await PostAsync(channel, reply, cancellationToken);
        }
        return open.Count switch
        {
            0 => null,
            1 => ("the unanswered reply to a newsletter", 1),
            _ => ($"the {open.Count.ToString(CultureInfo.InvariantCulture)} unanswered replies to newsletters", open.Count),
        };
    }

    public static string Payload(NewsletterReply r) => $"{r.Newsletter.ToString(CultureInfo.InvariantCulture)}|{r.Number.ToString(CultureInfo.InvariantCulture)}";

    public static (int Newsletter, int Reply)? Parse(string payload) =>
        payload.Split('|') is [var n, var r]
        && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var newsletter)
        && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var reply)
            ? (newsletter, reply)
            : null;

    public static string TicketOf(StaffChannel channel, NewsletterReply r) =>
        $"newsletter-reply:{QuestionTickets.ShortHash(channel.ChannelId)}:{Payload(r)}";

    public async Task<NewsletterReply> AddAsync(NewsletterReply reply, CancellationToken cancellationToken)
    {
        var stored = await store.AddReplyAsync(reply, $"{reply.Member}|{QuestionTickets.ShortHash(reply.Text)}", cancellationToken);
        if (await questions.FindStaffChannelAsync(cancellationToken) is { } channel)
        {
            await PostAsync(channel, stored, cancellationToken);
        }
        return stored;
    }

    private Task PostAsync(StaffChannel channel, NewsletterReply reply, CancellationToken cancellationToken) =>
        deliveries.BroadcastAsync(new BroadcastRequest(TicketOf(channel, reply), QuestionTickets.ToChannel(channel), ReplyTicketContent.Kind,
            Payload(reply), DeliveryPriority.Urgent, $"Reply {reply.Id}"), cancellationToken);

    /// <returns>The reply answered, or null when it was answered already (by someone else, or a press delivered twice).</returns>
    public async Task<NewsletterReply?> AnswerAsync(int newsletter, int number, string answer, string by, CancellationToken cancellationToken)
    {
        var answered = false;
        var reply = await store.UpdateReplyAsync(newsletter, number, r =>
        {
            answered = r.Answer is null;
            return answered ? r with { Answer = answer, AnsweredBy = by } : null;
        }, cancellationToken);
        if (reply is null || !answered)
        {
            return null;
        }
        await deliveries.BroadcastAsync(new BroadcastRequest($"newsletter-answer:{Payload(reply)}", Audience.Only(reply.Member), ReplyAnswerContent.Kind,
            Payload(reply), DeliveryPriority.Urgent, $"Answer to {reply.Id}"), cancellationToken);
        if (await questions.FindStaffChannelAsync(cancellationToken) is { } channel)
        {
            var ticket = TicketOf(channel, reply);
            await deliveries.BroadcastAsync(new BroadcastRequest($"{ticket}:answered", QuestionTickets.ToChannel(channel), ReplyTicketContent.Kind,
                Payload(reply), DeliveryPriority.Urgent, $"Reply {reply.Id}")
            { Updates = ticket }, cancellationToken);
        }
        return reply;
    }
}

/// <summary>The newsletter's reply form, sent: it reaches the staff channel.</summary>
public sealed class ReplyToNewsletterAction(INewsletterStore store, NewsletterReplies replies, TimeProvider clock, IStringLocalizer<NewsletterTexts> texts)
    : NewsletterReaderAction(store, texts)
{
    public const int MaxLength = 2000;

    public override string Verb => NewsletterVerbs.Reply;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, bool preview, CancellationToken cancellationToken)
    {
        var text = (submit[NewsletterVerbs.ReplyInput] ?? "").Trim();
        if (text.Length == 0 || text.Length > MaxLength)
        {
            turn.Say(Texts["ReplyRequired"]);
            return;
        }
        if (preview)
        {
            turn.Say(Texts["PreviewOnly"]);
            return;
        }
        await replies.AddAsync(new NewsletterReply(newsletter.Number, 0, turn.Sender.Id, turn.Sender.Name, text, clock.GetUtcNow()), cancellationToken);
        turn.Say(Texts["ReplySent"]);
    }
}

/// <summary>Staff answer a reply from its card in the staff channel.</summary>
public sealed class AnswerReplyAction(INewsletterStore store, NewsletterReplies replies, IDeliveries deliveries, IQuestionStore questions) : ICardAction
{
    public string Verb => NewsletterVerbs.Answer;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var answer = (submit[NewsletterVerbs.AnswerInput] ?? "").Trim();
        if (!int.TryParse(submit[NewsletterVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var newsletter)
            || !int.TryParse(submit[NewsletterVerbs.ReplyKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await store.FindReplyAsync(newsletter, number, cancellationToken) is not { } reply)
        {
            turn.Say("That reply no longer exists.");
            return;
        }
        if (answer.Length == 0 || answer.Length > ReplyToNewsletterAction.MaxLength)
        {
            turn.Say($"Write an answer of up to {ReplyToNewsletterAction.MaxLength} characters.");
            return;
        }
        var answered = await replies.AnswerAsync(newsletter, number, answer, turn.Sender.Name, cancellationToken);
        if (answered is null)
        {
            turn.Say($"{reply.Id} was already answered by {reply.AnsweredBy}.");
            return;
        }
        // Pressed on the card the engine posted: the engine updates it; anywhere else, this turn shows the answered card.
        var posted = await questions.FindStaffChannelAsync(cancellationToken) is { } channel
            ? await deliveries.MessageIdAsync(NewsletterReplies.TicketOf(channel, answered), QuestionTickets.ChannelKey, cancellationToken)
            : null;
        if (posted is null || posted != turn.PressedMessageId)
        {
            turn.Say($"Answer sent to {answered.Name}.");
        }
    }
}
