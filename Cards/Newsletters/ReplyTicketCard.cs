using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Newsletters;

public sealed record ReplyTicketView(int Newsletter, int Number, string Id, string NewsletterTitle, string From, string Text, string At, string? Answer,
    string? AnsweredBy);

/// <summary>A member's reply to a newsletter in the staff channel, answered from the card; updated in place once answered.</summary>
public static class ReplyTicketCard
{
    public static AdaptiveCard Build(ReplyTicketView view)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading($"{view.Id}: reply to \"{view.NewsletterTitle}\""),
            new FactSet([new Fact("From", view.From), new Fact("Sent", view.At)]),
            new TextBlock(view.Text),
        };
        if (view.Answer is { } answer)
        {
            body.Add(new TextBlock($"**Answered by {view.AnsweredBy}**") { Separator = true });
            body.Add(new TextBlock(answer));
            return new AdaptiveCard(body) { FallbackText = view.Id };
        }
        var keys = new[]
        {
            (NewsletterVerbs.NumberKey, view.Newsletter.ToString(CultureInfo.InvariantCulture)),
            (NewsletterVerbs.ReplyKey, view.Number.ToString(CultureInfo.InvariantCulture)),
        };
        return new AdaptiveCard(body,
        [
            new ShowCardAction("Answer", new AdaptiveCard(
            [
                new TextInput { Id = NewsletterVerbs.AnswerInput, IsMultiline = true, MaxLength = 2000, IsRequired = true, ErrorMessage = "Write the answer.", Label = "Answer" },
            ], [CardVerb.Button("Send the answer", NewsletterVerbs.Answer, keys)]) { Msteams = null }),
        ])
        { FallbackText = view.Id };
    }
}
