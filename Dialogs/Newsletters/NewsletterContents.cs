using System.Globalization;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>A newsletter as one member gets it, in their language (payload: its number); a correction sends the same, up to date.</summary>
public sealed class NewsletterContent(INewsletterStore store, NewsletterViews views) : IDeliveryContent
{
    public const string Kind = "newsletter";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken) =>
        int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && await store.FindAsync(number, cancellationToken) is { Status: NewsletterStatus.Sent } newsletter
            ? new CardReply(await views.MemberCardAsync(newsletter, recipient.Locale, expanded: false, foundHelpful: false, preview: false, cancellationToken))
            : null;
}

/// <summary>A member's reply in the staff channel (payload "{newsletter}|{reply}"), updated in place once answered.</summary>
public sealed class ReplyTicketContent(INewsletterStore store) : IDeliveryContent
{
    public const string Kind = "newsletter-reply";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        if (NewsletterReplies.Parse(payload) is not var (newsletter, number)
            || await store.FindReplyAsync(newsletter, number, cancellationToken) is not { } reply)
        {
            return null;
        }
        var title = (await store.FindAsync(newsletter, cancellationToken))?.Title ?? "";
        return new CardReply(ReplyTicketCard.Build(new ReplyTicketView(newsletter, number, reply.Id, title, reply.Name, reply.Text,
            reply.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), reply.Answer, reply.AnsweredBy)));
    }
}

/// <summary>Staff's answer to a member's reply, in the member's language (payload "{newsletter}|{reply}").</summary>
public sealed class ReplyAnswerContent(INewsletterStore store, IStringLocalizer<NewsletterTexts> texts) : IDeliveryContent
{
    public const string Kind = "newsletter-answer";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        if (NewsletterReplies.Parse(payload) is not var (newsletter, number)
            || await store.FindReplyAsync(newsletter, number, cancellationToken) is not { Answer: { } answer }
            || await store.FindAsync(newsletter, cancellationToken) is not { } sent)
        {
            return null;
        }
        return new TextReply(texts["AnswerReceived", sent.For(recipient.Locale).Title, answer]);
    }
}
