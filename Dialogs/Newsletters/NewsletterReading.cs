using System.Globalization;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>What a member's newsletter buttons share: the sent newsletter they name, or a clear word when it is not there.</summary>
public abstract class NewsletterReaderAction(INewsletterStore store, IStringLocalizer<NewsletterTexts> texts) : ICardAction
{
    protected INewsletterStore Store { get; } = store;

    protected IStringLocalizer<NewsletterTexts> Texts { get; } = texts;

    public abstract string Verb { get; }

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var preview = submit[NewsletterVerbs.PreviewKey] == "1";
        if (!int.TryParse(submit[NewsletterVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await Store.FindAsync(number, cancellationToken) is not { } newsletter
            || (newsletter.Status != NewsletterStatus.Sent && !(preview && turn.Sender.IsStaff)))
        {
            turn.Say(Texts["NotFound"]);
            return;
        }
        await HandleAsync(turn, submit, newsletter, preview && turn.Sender.IsStaff, cancellationToken);
    }

    protected abstract Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, bool preview, CancellationToken cancellationToken);
}

/// <summary>"Read more": the whole newsletter shows in place of the short one, and the read is counted once per member.</summary>
public sealed class ReadNewsletterAction(INewsletterStore store, NewsletterViews views, IStringLocalizer<NewsletterTexts> texts)
    : NewsletterReaderAction(store, texts)
{
    public override string Verb => NewsletterVerbs.Read;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, bool preview, CancellationToken cancellationToken)
    {
        if (!preview)
        {
            await Store.CountAsync(newsletter.Number, turn.Sender.Id, Engagement.Read, cancellationToken);
        }
        var helpful = !preview && await Store.CountedAsync(newsletter.Number, turn.Sender.Id, Engagement.Helpful, cancellationToken);
        turn.Replace(await views.MemberCardAsync(newsletter, CultureInfo.CurrentUICulture.Name, expanded: true, helpful, preview, cancellationToken));
    }
}

/// <summary>"Helpful": the vote is counted once per member, and the card says so in place.</summary>
public sealed class HelpfulNewsletterAction(INewsletterStore store, NewsletterViews views, IStringLocalizer<NewsletterTexts> texts)
    : NewsletterReaderAction(store, texts)
{
    public override string Verb => NewsletterVerbs.Helpful;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, bool preview, CancellationToken cancellationToken)
    {
        if (!preview)
        {
            await Store.CountAsync(newsletter.Number, turn.Sender.Id, Engagement.Helpful, cancellationToken);
        }
        turn.Replace(await views.MemberCardAsync(newsletter, CultureInfo.CurrentUICulture.Name, expanded: submit[NewsletterVerbs.ExpandedKey] == "1",
            foundHelpful: true, preview, cancellationToken));
    }
}

/// <summary>"Newsletters" list's "read": the newsletter again, as it was sent.</summary>
public sealed class OpenNewsletterAction(INewsletterStore store, NewsletterViews views, NewsletterStaffViews staff, IStringLocalizer<NewsletterTexts> texts)
    : ICardAction
{
    public string Verb => NewsletterVerbs.Open;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!int.TryParse(submit[NewsletterVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await store.FindAsync(number, cancellationToken) is not { } newsletter
            || (newsletter.Status != NewsletterStatus.Sent && !turn.Sender.IsStaff))
        {
            turn.Say(texts["NotFound"]);
            return;
        }
        if (turn.Sender.IsStaff)
        {
            turn.Show(await staff.CardAsync(newsletter, Newsletter.English, null, cancellationToken));
            return;
        }
        var helpful = await store.CountedAsync(number, turn.Sender.Id, Engagement.Helpful, cancellationToken);
        turn.Show(await views.MemberCardAsync(newsletter, CultureInfo.CurrentUICulture.Name, expanded: false, helpful, preview: false, cancellationToken));
    }
}
