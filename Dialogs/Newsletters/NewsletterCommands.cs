using System.Globalization;
using CollabBot.Cards.Model;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>"new newsletter" (staff): the composer.</summary>
public sealed class NewNewsletterCommand(NewsletterStaffViews staff, IStringLocalizer<NewsletterTexts> texts) : ICommand
{
    public const string Name = "newsletter.new";

    public CommandInfo Info { get; } = new(Name, Role.Staff,
        ["new newsletter", "write a newsletter", "compose a newsletter", "nouvelle lettre d'information", "rédiger une lettre d'information",
         "nuevo boletín", "redactar un boletín", "neuer newsletter", "newsletter schreiben"])
    {
        Help = new(texts, "NewNewsletter"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        turn.Show(await staff.ComposeAsync(null, null, cancellationToken));
}

/// <summary>"newsletters": the last ones sent, to read again; staff also see drafts and scheduled ones, and can start one.</summary>
public sealed class NewslettersCommand(INewsletterStore store, IStringLocalizer<NewsletterTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("newsletters", Role.Member,
        ["newsletters", "newsletter", "the newsletters", "last newsletters", "lettres d'information", "lettre d'information", "les lettres d'information",
         "boletines", "boletín", "los boletines", "die newsletter", "alle newsletter"])
    {
        Help = new(texts, "Newsletters"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var labels = new NewsletterListLabels(texts["ListHeading"], texts["ListEmpty"], texts["ListRead"]);
        if (!turn.Sender.IsStaff)
        {
            var sent = all.Where(n => n.Status == NewsletterStatus.Sent)
                .Select(n => new NewsletterListEntry(n.Number, n.For(culture.Name).Title, n.SentAt?.ToString("d MMMM yyyy", culture) ?? "")).ToList();
            turn.Show(NewsletterListCard.Build(sent, labels));
            return;
        }
        var entries = all.Select(n => new NewsletterListEntry(n.Number, $"{n.Id}: {n.Title}", NewsletterStaffViews.Status(n))).ToList();
        turn.Show(NewsletterListCard.Build(entries, labels with { Read = "Open" }, [CardVerb.Command("New newsletter", NewNewsletterCommand.Name)]));
    }
}
